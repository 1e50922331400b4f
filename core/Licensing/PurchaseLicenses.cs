using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Buys <paramref name="Quantity"/> more units of <paramref name="Sku"/> (a Calling Plan only after Phone System).</summary>
public sealed record PurchaseLicenses(Actor Actor, IdempotencyKey Key, Sku Sku, int Quantity) : IMutation;
