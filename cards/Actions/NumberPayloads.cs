namespace ChatPhone.Cards.Actions;

/// <summary>
/// Acquire numbers of a search order. The numbers chosen come back in input <see cref="NumbersInput"/>
/// (comma-separated E.164; read them with <see cref="CardInputs.Values"/>).
/// </summary>
public sealed record AcquireNumbersPayload(string OrderId, string IdempotencyKey) : ICardPayload
{
    /// <summary>The id of the multi-select input holding the chosen numbers.</summary>
    public const string NumbersInput = "numbers";

    /// <inheritdoc />
    public static string Verb => "numbers.acquire";
}

/// <summary>Submit the port order form of a flow; the fields come back as the inputs of <see cref="PortOrderInputs"/>.</summary>
public sealed record SubmitPortOrderPayload(string PlanId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "numbers.port.submit";
}

/// <summary>The input ids of the port order form (the transfer wizard's fields).</summary>
public static class PortOrderInputs
{
    /// <summary>The carrier the numbers leave.</summary>
    public const string LosingCarrier = "losingCarrier";

    /// <summary>The account number with the losing carrier.</summary>
    public const string AccountNumber = "accountNumber";

    /// <summary>The billing telephone number (BTN), E.164.</summary>
    public const string BillingTelephoneNumber = "btn";

    /// <summary>The PIN the carrier needs, if any.</summary>
    public const string Pin = "pin";

    /// <summary>The numbers to transfer, comma-separated.</summary>
    public const string Numbers = "numbers";

    /// <summary>Company name on the carrier account.</summary>
    public const string CompanyName = "companyName";

    /// <summary>The person authorizing the transfer.</summary>
    public const string AuthorizingPerson = "authorizingPerson";

    /// <summary>Street of the service address.</summary>
    public const string ServiceAddress = "serviceAddress";

    /// <summary>City of the service address.</summary>
    public const string City = "city";

    /// <summary>State of the service address.</summary>
    public const string State = "state";

    /// <summary>Postal code of the service address.</summary>
    public const string Zip = "zip";

    /// <summary><c>Full</c> or <c>Partial</c>.</summary>
    public const string PortType = "portType";

    /// <summary>Requested transfer date, yyyy-MM-dd.</summary>
    public const string TransferDate = "transferDate";

    /// <summary>Requested start time, HH:mm (US Eastern).</summary>
    public const string StartTime = "startTime";

    /// <summary>The letter of authorization signature (the authorizing person's name).</summary>
    public const string Signature = "signature";

    /// <summary>The letter of authorization is accepted (toggle, "true").</summary>
    public const string LoaAccepted = "loaAccepted";

    /// <summary>Other people to notify, comma-separated emails.</summary>
    public const string Notify = "notify";

    /// <summary>What the numbers are: <c>UserSubscriber</c> or a service number type (one type per order).</summary>
    public const string NumberType = "numberType";
}
