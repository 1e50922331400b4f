namespace ChatPhone.Core.Numbers.Porting;

/// <summary>What the admin fills in to transfer numbers (the wizard's fields, reference step 3c).</summary>
/// <param name="AccountNumber">The account number with the losing carrier.</param>
/// <param name="BillingTelephoneNumber">The BTN in E.164 ("+1XXXYYYZZZZ").</param>
/// <param name="CompanyName">Truncated to 25 characters (spaces included).</param>
/// <param name="AuthorizingPerson">Truncated to 15 characters.</param>
/// <param name="ServiceAddress">Street of the service address.</param>
/// <param name="City">City of the service address.</param>
/// <param name="State">State of the service address.</param>
/// <param name="Zip">Postal code of the service address.</param>
/// <param name="Numbers">The numbers, each with its current carrier when it differs from <paramref name="LosingCarrier"/>.</param>
/// <param name="PortType">Full or partial.</param>
/// <param name="TransferDate">Requested transfer date (US Eastern).</param>
/// <param name="StartTime">Requested start time (US Eastern).</param>
/// <param name="LoaSignature">Must equal the (truncated) authorizing person.</param>
/// <param name="LoaAccepted">The LOA checkboxes are ticked.</param>
/// <param name="LosingCarrier">The carrier the numbers leave.</param>
/// <param name="PinToUnblock">The PIN the carrier needs, if any.</param>
/// <param name="OtherPeopleToNotify">Emails to tell.</param>
/// <param name="NumberType">What the numbers are: UserSubscriber, or a service type (manual request).</param>
/// <param name="CivicAddressId">Validated emergency address, required for EMEA numbers.</param>
public sealed record PortRequest(
    string AccountNumber,
    string BillingTelephoneNumber,
    string CompanyName,
    string AuthorizingPerson,
    string ServiceAddress,
    string City,
    string State,
    string Zip,
    IReadOnlyList<PortLine> Numbers,
    PortType PortType,
    DateOnly TransferDate,
    TimeOnly StartTime,
    string LoaSignature,
    bool LoaAccepted,
    string LosingCarrier,
    string? PinToUnblock = null,
    IReadOnlyList<string>? OtherPeopleToNotify = null,
    NumberType NumberType = NumberType.UserSubscriber,
    string? CivicAddressId = null);

/// <summary>A number to transfer and, when known, the carrier it is with now (null: the order's losing carrier).</summary>
public sealed record PortLine(string Number, string? Carrier = null)
{
    /// <summary>A number with the order's carrier.</summary>
    public static implicit operator PortLine(string number) => new(number);
}
