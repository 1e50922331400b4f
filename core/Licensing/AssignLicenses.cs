using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Licensing;

/// <summary>Assigns licenses to one person (their usage location must be set).</summary>
public sealed record AssignLicenses(Actor Actor, IdempotencyKey Key, UserId UserId, IReadOnlyList<Sku> Skus) : IMutation;
