namespace ChatPhone.Cards.Actions;

/// <summary>
/// Submits a step form: the form's inputs (named by <see cref="FormFields"/>) fill the intent
/// <see cref="Intent"/> exactly as if the admin had typed the sentence, so a form and free text share one flow.
/// When a card holds several forms, each form's inputs are named <c>&lt;Section&gt;.&lt;field&gt;</c>.
/// </summary>
public sealed record SubmitFormPayload(string Intent, string? Section = null) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "form.submit";

    /// <summary>The id of <paramref name="field"/>'s input in <paramref name="section"/> (or alone on its card).</summary>
    public static string InputId(string? section, string field) => section is null ? field : $"{section}.{field}";
}

/// <summary>The fields a step form may send. The bot checks each one before it reaches a flow.</summary>
public static class FormFields
{
    /// <summary>A whole number of things (licenses, numbers).</summary>
    public const string Quantity = "quantity";

    /// <summary>One license (a <c>Sku</c> name).</summary>
    public const string Sku = "sku";

    /// <summary>Licenses (<c>Sku</c> names, comma-separated).</summary>
    public const string Skus = "skus";

    /// <summary>One person (UPN).</summary>
    public const string Person = "person";

    /// <summary>People (UPNs, comma-separated).</summary>
    public const string People = "people";

    /// <summary>A country (ISO 3166-1 alpha-2).</summary>
    public const string Country = "country";

    /// <summary>A place of the carrier (its key, <c>US/WA/Seattle</c>).</summary>
    public const string Place = "place";

    /// <summary>A number type (a <c>NumberType</c> name).</summary>
    public const string NumberType = "numberType";

    /// <summary>A phone number (E.164).</summary>
    public const string PhoneNumber = "phoneNumber";

    /// <summary>A name (call queue, auto attendant, resource account).</summary>
    public const string Name = "name";

    /// <summary>A call queue's routing method (a <c>RoutingMethod</c> name).</summary>
    public const string RoutingMethod = "routingMethod";

    /// <summary>Opening time, HH:mm.</summary>
    public const string Open = "open";

    /// <summary>Closing time, HH:mm.</summary>
    public const string Close = "close";

    /// <summary>Days of the week (<c>DayOfWeek</c> names, comma-separated).</summary>
    public const string Days = "days";

    /// <summary>A resource account's kind (<c>CallQueue</c> or <c>AutoAttendant</c>).</summary>
    public const string ResourceType = "resourceType";

    /// <summary>Who gets a service number: <c>ConferenceBridge</c>, or a resource account's UPN.</summary>
    public const string Assignee = "assignee";

    /// <summary>An amount of money.</summary>
    public const string Amount = "amount";

    /// <summary>A PIN length.</summary>
    public const string PinLength = "pinLength";
}
