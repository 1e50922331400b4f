using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>The stored collections of number orders.</summary>
public static class OrderCollections
{
    /// <summary>Search orders, by id.</summary>
    public static readonly DocumentCollection<NumberOrder> Orders = new("number-orders", NumberOrder.SchemaVersion, OrdersJson.Default.NumberOrder);

    /// <summary>Numbers held by search orders, by E.164.</summary>
    public static readonly DocumentCollection<NumberReservation> Reservations = new("reservations", NumberReservation.SchemaVersion, OrdersJson.Default.NumberReservation) { SharesReads = true };

    /// <summary>
    /// How much of each carrier place's stock the tenant is known to hold from its start, by place key (<see cref="StockCursor"/>):
    /// a search walks on from there.
    /// </summary>
    public static readonly DocumentCollection<StockCursor> StockCursors = new("stock-cursors", StockCursor.SchemaVersion, OrdersJson.Default.StockCursor);

    /// <summary>Manual number requests, by id.</summary>
    public static readonly DocumentCollection<NumberRequest> Requests = new("number-requests", NumberRequest.SchemaVersion, OrdersJson.Default.NumberRequest);
}

/// <summary>Source-generated JSON for number orders and their results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NumberOrder))]
[JsonSerializable(typeof(NumberReservation))]
[JsonSerializable(typeof(NumberRequest))]
[JsonSerializable(typeof(StockCursor))]
[JsonSerializable(typeof(ExpiryOutcome))]
internal sealed partial class OrdersJson : JsonSerializerContext;
