namespace ChatPhone.Core.Conferencing;

/// <summary>
/// A meeting organizer enabled for dial-in (reference step 6, Set-CsOnlineDialInConferencingUser), stored
/// by user id. The numbers are the defaults printed on their invites; they must be on the bridge.
/// </summary>
/// <param name="UserId">The organizer's object id (lower-case).</param>
/// <param name="Provider">Who provides their audio conferencing; always Microsoft for Teams users.</param>
/// <param name="TollNumber">Default toll number on invites.</param>
/// <param name="TollFreeNumber">Default toll-free number on invites, if any.</param>
/// <param name="AllowTollFreeDialIn">Whether callers may use toll-free numbers in their meetings.</param>
/// <param name="AllowPstnOnlyMeetings">Whether callers may start the meeting without them (copied from the tenant default when enabled).</param>
/// <param name="EnabledAt">When they were enabled.</param>
public sealed record OrganizerSettings(
    string UserId,
    ConferencingProvider Provider,
    string? TollNumber,
    string? TollFreeNumber,
    bool AllowTollFreeDialIn,
    bool AllowPstnOnlyMeetings,
    DateTimeOffset EnabledAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The default number of <paramref name="kind"/>.</summary>
    public string? DefaultOf(DialInKind kind) => kind == DialInKind.Toll ? TollNumber : TollFreeNumber;

    /// <summary>These settings with the default of <paramref name="kind"/> replaced.</summary>
    public OrganizerSettings WithDefault(DialInKind kind, string? number) =>
        kind == DialInKind.Toll ? this with { TollNumber = number } : this with { TollFreeNumber = number };
}

/// <summary>Who provides an organizer's audio conferencing.</summary>
public enum ConferencingProvider
{
    /// <summary>Microsoft's audio conferencing (the only one Teams users can have).</summary>
    Microsoft,

    /// <summary>A third-party audio conferencing provider (ACP); not available to Teams users.</summary>
    ThirdParty,
}
