using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Carrier;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Searches the carrier and reserves <paramref name="Quantity"/> numbers (reference 3a/4).</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key; also names the order.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Type">The number type.</param>
/// <param name="Quantity">How many numbers, 1 to the remaining quota.</param>
/// <param name="Place">City/state, area code or prefix; empty means toll-free anywhere or "near the civic address".</param>
/// <param name="CivicAddressId">The emergency address (required for US and EMEA user numbers).</param>
public sealed record SearchNumbers(
    Actor Actor, IdempotencyKey Key, string Country, NumberType Type, int Quantity, NumberPlace Place, string? CivicAddressId = null) : IMutation;
