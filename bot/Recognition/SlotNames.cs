namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The slot keys of <see cref="Intent.Slots"/> and the form of their values: numbers as invariant digits,
/// phone numbers E.164, countries ISO alpha-2, SKUs as <c>Sku</c> names, number types as <c>NumberType</c>
/// names, times HH:mm, dates yyyy-MM-dd, people as the text the user typed (name or UPN), symptoms as <c>Symptom</c> names, queues as typed.
/// </summary>
public static class SlotNames
{
    public const string Quantity = "quantity";
    public const string Sku = "sku";
    public const string Skus = "skus";

    /// <summary>Several licenses each with its quantity: "PhoneSystem:5,DomesticCallingPlan:3".</summary>
    public const string SkuQuantities = "skuQuantities";
    public const string Person = "person";
    public const string People = "people";
    public const string Country = "country";
    public const string Feature = "feature";
    public const string City = "city";
    public const string State = "state";
    public const string NumberType = "numberType";
    public const string TollFree = "tollFree";
    public const string PhoneNumber = "phoneNumber";
    public const string Address = "address";
    public const string HouseNumber = "houseNumber";
    public const string Street = "street";
    public const string PostalCode = "postalCode";
    public const string PinLength = "pinLength";
    public const string Name = "name";
    public const string RoutingMethod = "routingMethod";
    public const string Open = "open";
    public const string Close = "close";
    public const string Days = "days";
    public const string Date = "date";
    public const string EndDate = "endDate";
    public const string Upn = "upn";
    public const string ResourceType = "resourceType";
    public const string Target = "target";
    public const string Amount = "amount";
    public const string From = "from";
    public const string To = "to";
    public const string Symptom = "symptom";
    public const string Queue = "queue";

    /// <summary>The organisation's name, as typed.</summary>
    public const string OrganisationName = "organisationName";

    /// <summary>A billing currency, ISO 4217 when known.</summary>
    public const string Currency = "currency";

    /// <summary>An assignment status to list (<c>Unassigned</c>), from "unassigned", "free", "non attribués", "libres".</summary>
    public const string Status = "status";

    /// <summary>The balance below which auto-recharge buys credits, invariant digits.</summary>
    public const string Threshold = "threshold";

    /// <summary>"false" when a setting is to be turned off (auto-recharge).</summary>
    public const string Enabled = "enabled";

    /// <summary>The id of the object an object card's button acts on (see <c>ObjectActionPayload</c>); set by clicks only, never read from text.</summary>
    public const string ObjectId = "objectId";

    /// <summary>The kind of object a generic list/show/change/remove sentence is about (an <see cref="Recognition.ObjectKind"/> name).</summary>
    public const string ObjectKind = "objectKind";

    /// <summary>The page of a long list of objects to show, from 1 (set by a "Show more" button).</summary>
    public const string Page = "page";
}
