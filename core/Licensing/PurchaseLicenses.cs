using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>Buys <paramref name="Quantity"/> more units of <paramref name="Sku"/> (a Calling Plan only after Phone System).</summary>
public sealed record PurchaseLicenses(Actor Actor, IdempotencyKey Key, Sku Sku, int Quantity) : IMutation;

/// <summary>Buys several SKUs in one change ("5 Teams Phone and 5 calling plans"): every purchase or none.</summary>
public sealed record PurchaseLicenseSet(Actor Actor, IdempotencyKey Key, IReadOnlyList<LicenseQuantity> Purchases) : IMutation;

/// <summary>How many units of one SKU.</summary>
public sealed record LicenseQuantity(Sku Sku, int Quantity);
