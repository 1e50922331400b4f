using ChatPhone.Core.Numbers.Carrier;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>
/// A search order (reference step 3a, New-CsOnlineTelephoneNumberOrder): numbers reserved for the tenant
/// until <see cref="ExpiresAt"/>, then acquired, cancelled or expired. Stored in <c>number-orders</c> by id.
/// </summary>
/// <param name="Id">Order id (derived from the request's idempotency key).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Type">The number type searched.</param>
/// <param name="Quantity">How many numbers were asked for.</param>
/// <param name="Place">Where the numbers were searched.</param>
/// <param name="CivicAddressId">The emergency address the order is for, when given.</param>
/// <param name="Status">The stored status; see <see cref="StatusAt"/> for the effective one.</param>
/// <param name="ErrorCode">Why an order ended in <see cref="OrderStatus.Error"/>.</param>
/// <param name="Numbers">The numbers reserved (empty for an order in error).</param>
/// <param name="CreatedAt">When the search ran.</param>
/// <param name="CreatedBy">Who ran it (user id).</param>
/// <param name="ExpiresAt">The reservation expiry (ReservationExpiryDate).</param>
/// <param name="ClosedAt">When it was completed, cancelled or marked expired.</param>
/// <param name="Acquired">The numbers that joined the inventory at completion.</param>
public sealed record NumberOrder(
    string Id,
    string Country,
    NumberType Type,
    int Quantity,
    NumberPlace Place,
    string? CivicAddressId,
    OrderStatus Status,
    OrderErrorCode ErrorCode,
    IReadOnlyList<OrderedNumber> Numbers,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ClosedAt = null,
    IReadOnlyList<string>? Acquired = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Subscriber for user numbers, Service for conference, call queue and auto attendant types.</summary>
    public InventoryType InventoryType => Type.IsService() ? InventoryType.Service : InventoryType.Subscriber;

    /// <summary>The status at <paramref name="now"/>: a Reserved order past its expiry is Expired, stored or not.</summary>
    public OrderStatus StatusAt(DateTimeOffset now) =>
        Status == OrderStatus.Reserved && now >= ExpiresAt ? OrderStatus.Expired : Status;

    /// <summary>The order as seen at <paramref name="now"/> (lazy expiry applied).</summary>
    public NumberOrder At(DateTimeOffset now) => StatusAt(now) == Status ? this : this with { Status = OrderStatus.Expired };
}

/// <summary>A reserved number and where it is (the order's TelephoneNumbers {Location, TelephoneNumber}).</summary>
public sealed record OrderedNumber(string Number, string? Subdivision, string City);

/// <summary>Search order statuses.</summary>
public enum OrderStatus
{
    /// <summary>Numbers are held until the expiry.</summary>
    Reserved,

    /// <summary>Purchase confirmed; the numbers joined the inventory.</summary>
    Completed,

    /// <summary>Cancelled by an admin; the numbers went back to the carrier.</summary>
    Cancelled,

    /// <summary>Not completed in time; the numbers went back to the carrier.</summary>
    Expired,

    /// <summary>The search failed (see the error code).</summary>
    Error,
}

/// <summary>Why a search order failed.</summary>
public enum OrderErrorCode
{
    /// <summary>No error.</summary>
    NoError,

    /// <summary>The place could not supply the quantity.</summary>
    OutOfStock,
}

/// <summary>The legacy inventory type of a number.</summary>
public enum InventoryType
{
    /// <summary>User numbers.</summary>
    Subscriber,

    /// <summary>Service numbers.</summary>
    Service,
}

/// <summary>
/// A number held by a search order (stored in <c>reservations</c>, by E.164). It stops holding the number
/// at <see cref="ExpiresAt"/> whether or not anyone deletes it, so an expired order never blocks a search.
/// </summary>
public sealed record NumberReservation(string OrderId, NumberType Type, DateTimeOffset ExpiresAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>True while the reservation holds its number.</summary>
    public bool IsActive(DateTimeOffset now) => now < ExpiresAt;
}
