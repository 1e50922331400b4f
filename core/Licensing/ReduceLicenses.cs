using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Gives back <paramref name="Quantity"/> unassigned units of <paramref name="Sku"/>.</summary>
public sealed record ReduceLicenses(Actor Actor, IdempotencyKey Key, Sku Sku, int Quantity) : IMutation;
