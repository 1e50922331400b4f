using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Assigns licenses to one person (their usage location must be set).</summary>
public sealed record AssignLicenses(Actor Actor, IdempotencyKey Key, string UserId, IReadOnlyList<Sku> Skus) : IMutation;
