using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Licensing;

/// <summary>Removes licenses from one person.</summary>
public sealed record RemoveLicenses(Actor Actor, IdempotencyKey Key, UserId UserId, IReadOnlyList<Sku> Skus) : IMutation;
