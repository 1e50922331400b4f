using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Removes licenses from one person.</summary>
public sealed record RemoveLicenses(Actor Actor, IdempotencyKey Key, string UserId, IReadOnlyList<Sku> Skus) : IMutation;
