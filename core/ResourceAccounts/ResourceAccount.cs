namespace ChatPhone.Core.ResourceAccounts;

/// <summary>
/// A resource account (application instance, reference step 9): a disabled user object that gives an
/// auto attendant or call queue its phone number. Stored in <c>resource-accounts</c> by id.
/// Order of operations: create, license, assign a number, then associate with an AA or CQ.
/// </summary>
/// <param name="Id">Object id.</param>
/// <param name="Upn">User principal name (also the SIP URI).</param>
/// <param name="DisplayName">Shown to agents on call toasts.</param>
/// <param name="Kind">Auto attendant or call queue (the ApplicationId).</param>
/// <param name="License">The license assigned (<c>ResourceAccount</c> or <c>PhoneSystem</c>); null before licensing.</param>
/// <param name="Number">The service number assigned, if any.</param>
/// <param name="AssociatedWith">The id of the auto attendant or call queue it serves, if associated.</param>
/// <param name="CallPriority">Priority 1 (very high) to 5 (very low) of calls it hands to a nested target; default 3.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ResourceAccount(
    string Id,
    string Upn,
    string DisplayName,
    ResourceAccountKind Kind,
    Licensing.Sku? License,
    string? Number,
    string? AssociatedWith,
    int CallPriority,
    DateTimeOffset CreatedAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The Auto Attendant application id.</summary>
    public const string AutoAttendantApplicationId = "ce933385-9390-45d1-9512-c8d228074e07";

    /// <summary>The Call Queue application id.</summary>
    public const string CallQueueApplicationId = "11cd3e2e-fccb-42ad-ad00-878b93575e07";

    /// <summary>The ApplicationId of <see cref="Kind"/>.</summary>
    public string ApplicationId => Kind == ResourceAccountKind.AutoAttendant ? AutoAttendantApplicationId : CallQueueApplicationId;

    /// <summary>True when a valid license is assigned.</summary>
    public bool IsLicensed => License is Licensing.Sku.ResourceAccount or Licensing.Sku.PhoneSystem;
}

/// <summary>The admin center's "Resource account type".</summary>
public enum ResourceAccountKind
{
    /// <summary>Serves an auto attendant.</summary>
    AutoAttendant,

    /// <summary>Serves a call queue.</summary>
    CallQueue,
}
