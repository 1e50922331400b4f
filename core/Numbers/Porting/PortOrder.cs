using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// A "New Local Number Port Order" (reference step 3c), stored in <c>port-orders</c> by id: up to 999
/// user numbers of one carrier and one number type. Its status moves on with the clock (business days)
/// through <see cref="PortSchedule"/>; the admin may act on it only as <see cref="PortOrderPermissions"/> allows.
/// </summary>
/// <param name="Id">The Order ID shown after submit.</param>
/// <param name="Status">Where the order stands.</param>
/// <param name="Details">The wizard fields (already truncated where the wizard truncates).</param>
/// <param name="Numbers">The numbers to transfer, E.164.</param>
/// <param name="Kind">The one number type of the order.</param>
/// <param name="CivicAddressId">Emergency address for EMEA numbers (its default location goes on each number).</param>
/// <param name="SubmittedAt">When it was (last) submitted.</param>
/// <param name="FocDate">The Firm Order Commitment: when the numbers move; set when the carrier approves.</param>
/// <param name="Rejection">Why the losing carrier rejected it (status Error).</param>
/// <param name="History">Every status the order went through, with when.</param>
public sealed record PortOrder(
    string Id,
    PortOrderStatus Status,
    PortDetails Details,
    IReadOnlyList<string> Numbers,
    PortNumberKind Kind,
    string? CivicAddressId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? FocDate,
    Error? Rejection,
    IReadOnlyList<PortStatusChange> History)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>True while the order is moving (its numbers can't go into another order).</summary>
    public bool IsOpen => Status is PortOrderStatus.Processing or PortOrderStatus.ContactingCarrier
        or PortOrderStatus.TransferApproved or PortOrderStatus.TransferPending;

    /// <summary>When the current status began.</summary>
    public DateTimeOffset StatusSince => History.Count == 0 ? SubmittedAt : History[^1].At;

    /// <summary>What the admin may do with the order now.</summary>
    public PortOrderPermissions Permissions => PortOrderPermissions.For(Status);

    /// <summary>The order moved to <paramref name="status"/> at <paramref name="at"/>.</summary>
    public PortOrder MoveTo(PortOrderStatus status, DateTimeOffset at) =>
        this with { Status = status, History = [.. History, new PortStatusChange(status, at)] };

    /// <summary>The order with its secrets masked (<see cref="PortDetails.Masked"/>).</summary>
    public PortOrder Masked() => this with { Details = Details.Masked() };
}

/// <summary>The wizard fields of a port (everything but the numbers).</summary>
/// <param name="AccountNumber">The account number with the losing carrier.</param>
/// <param name="BillingTelephoneNumber">The BTN, E.164.</param>
/// <param name="PinToUnblock">The PIN the carrier needs, if any.</param>
/// <param name="CompanyName">At most 25 characters (longer input is truncated).</param>
/// <param name="AuthorizingPerson">At most 15 characters (longer input is truncated).</param>
/// <param name="ServiceAddress">Street of the service address (carriers match on it, not on the billing address).</param>
/// <param name="City">City of the service address.</param>
/// <param name="State">State of the service address.</param>
/// <param name="Zip">Postal code of the service address.</param>
/// <param name="PortType">Full (all numbers, BTN included) or partial (BTN excluded).</param>
/// <param name="TransferDate">Requested transfer date (US Eastern).</param>
/// <param name="StartTime">Requested start time (US Eastern).</param>
/// <param name="LoaSignature">The LOA signature (equals the authorizing person).</param>
/// <param name="LosingCarrier">The carrier the numbers leave.</param>
/// <param name="OtherPeopleToNotify">Emails told about the order.</param>
public sealed record PortDetails(
    string AccountNumber,
    string BillingTelephoneNumber,
    string? PinToUnblock,
    string CompanyName,
    string AuthorizingPerson,
    string ServiceAddress,
    string City,
    string State,
    string Zip,
    PortType PortType,
    DateOnly TransferDate,
    TimeOnly StartTime,
    string LoaSignature,
    string LosingCarrier,
    IReadOnlyList<string> OtherPeopleToNotify)
{
    /// <summary>Trailing characters of the account number kept when it is masked.</summary>
    public const int AccountNumberKept = 4;

    /// <summary>
    /// The fields with the account number shown as <c>XXXX1234</c> and the PIN hidden whole: what the audit trail
    /// keeps and what anyone but an admin sees (with both, anyone could move the tenant's numbers away).
    /// </summary>
    public PortDetails Masked() => this with
    {
        AccountNumber = Secrets.Masked(AccountNumber, AccountNumberKept),
        PinToUnblock = Secrets.MaskedOrNull(PinToUnblock, keepLast: 0),
    };
}

/// <summary>One status an order went through.</summary>
public sealed record PortStatusChange(PortOrderStatus Status, DateTimeOffset At);

/// <summary>The statuses of a port order (reference "What's the status of my port orders").</summary>
public enum PortOrderStatus
{
    /// <summary>Created, received by Microsoft.</summary>
    Processing,

    /// <summary>Approved by Microsoft; working with the losing carrier.</summary>
    ContactingCarrier,

    /// <summary>The losing carrier accepted; the FOC date is set.</summary>
    TransferApproved,

    /// <summary>The transfer is less than 24 hours away; the order is locked.</summary>
    TransferPending,

    /// <summary>The losing carrier rejected the order.</summary>
    Error,

    /// <summary>The numbers were transferred.</summary>
    Completed,

    /// <summary>The admin cancelled the order.</summary>
    Cancelled,
}

/// <summary>Full ("I am transferring all my numbers": the BTN is in the list) or partial (it is not).</summary>
public enum PortType
{
    /// <summary>All numbers of the account: the list must include the BTN.</summary>
    Full,

    /// <summary>Some numbers: the list must not include the BTN.</summary>
    Partial,
}

/// <summary>The number types that need separate port orders.</summary>
public enum PortNumberKind
{
    /// <summary>Local (geographic) user numbers.</summary>
    Local,

    /// <summary>Mobile numbers (US and Puerto Rico only).</summary>
    Mobile,

    /// <summary>Toll-free numbers (manual request only).</summary>
    TollFree,

    /// <summary>Toll service numbers (manual request only, never mixed with user numbers).</summary>
    ServiceToll,
}
