namespace ChatPhone.Core.Numbers;

/// <summary>
/// A number in the tenant's inventory (reference §0.1), acquired from the carrier, ported in, or brought in from Microsoft 365.
/// Stored in the <c>numbers</c> collection under its E.164 form.
/// </summary>
/// <param name="Number">E.164, with '+'.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Subdivision">State or region code (e.g. <c>WA</c>), when known.</param>
/// <param name="City">City, or "Toll Free".</param>
/// <param name="Type">What the number may be used for.</param>
/// <param name="Source">Acquired (counts against quotas) or ported in (exempt).</param>
/// <param name="AcquiredAt">When it joined the inventory.</param>
/// <param name="Assignment">Who holds it; null when unassigned.</param>
/// <param name="LocationId">The emergency location of the number (or of its user), when set.</param>
/// <param name="BlockedUntil">Assignment blocked until this time; <see cref="DateTimeOffset.MaxValue"/> means forever.</param>
public sealed record PhoneNumber(
    string Number,
    string Country,
    string? Subdivision,
    string? City,
    NumberType Type,
    NumberSource Source,
    DateTimeOffset AcquiredAt,
    NumberAssignment? Assignment = null,
    string? LocationId = null,
    DateTimeOffset? BlockedUntil = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The assignment status the admin center shows (PstnAssignmentStatus).</summary>
    public PstnAssignmentStatus Status => Assignment?.Target switch
    {
        null => PstnAssignmentStatus.Unassigned,
        AssignmentTarget.User => PstnAssignmentStatus.UserAssigned,
        AssignmentTarget.ConferenceBridge => PstnAssignmentStatus.ConferenceAssigned,
        _ => PstnAssignmentStatus.VoiceApplicationAssigned,
    };

    /// <summary>True when assignment is blocked at <paramref name="now"/>.</summary>
    public bool IsBlocked(DateTimeOffset now) => BlockedUntil is { } until && until > now;
}

/// <summary>Who holds a number.</summary>
/// <param name="Target">The kind of holder.</param>
/// <param name="TargetId">User object id, resource account id, or the bridge id.</param>
/// <param name="Category">Primary, Alternate or Private (users only; others are Primary).</param>
/// <param name="At">When it was assigned.</param>
public sealed record NumberAssignment(AssignmentTarget Target, string TargetId, AssignmentCategory Category, DateTimeOffset At);

/// <summary>The kinds of holder of a number.</summary>
public enum AssignmentTarget
{
    /// <summary>A person.</summary>
    User,

    /// <summary>The audio conferencing bridge.</summary>
    ConferenceBridge,

    /// <summary>A resource account of an auto attendant or call queue.</summary>
    ResourceAccount,
}

/// <summary>Where a number came from.</summary>
public enum NumberSource
{
    /// <summary>Acquired through a search order; counts against the quota.</summary>
    Acquired,

    /// <summary>Ported in; exempt from quotas.</summary>
    Ported,

    /// <summary>Brought in from the tenant's Microsoft 365 inventory; exempt from ChatPhone's quotas (Microsoft counted it).</summary>
    Microsoft365,
}

/// <summary>Reference §0.1 PstnAssignmentStatus.</summary>
public enum PstnAssignmentStatus
{
    /// <summary>Held by no one.</summary>
    Unassigned,

    /// <summary>Held by a person.</summary>
    UserAssigned,

    /// <summary>On the conferencing bridge.</summary>
    ConferenceAssigned,

    /// <summary>On a resource account.</summary>
    VoiceApplicationAssigned,
}

/// <summary>A number in a person's line list (the <c>user-numbers</c> collection, keyed by user id).</summary>
public sealed record UserLine(string Number, AssignmentCategory Category);
