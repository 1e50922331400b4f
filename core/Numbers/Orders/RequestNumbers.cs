using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Submits a manual request for numbers the carrier does not offer (reference 3b).</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key; also names the request.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Type">The number type.</param>
/// <param name="Quantity">How many, 1 to <see cref="MaxQuantity"/>.</param>
/// <param name="Notes">Free text for the service desk (at most <see cref="MaxNotesLength"/> characters).</param>
public sealed record RequestNumbers(Actor Actor, IdempotencyKey Key, string Country, NumberType Type, int Quantity, string? Notes) : IMutation
{
    /// <summary>The most numbers one request may ask for.</summary>
    public const int MaxQuantity = 1000;

    /// <summary>The longest notes accepted.</summary>
    public const int MaxNotesLength = 1000;
}
