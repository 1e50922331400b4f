namespace ChatPhone.Core.Audit;

/// <summary>
/// One audited fact: who did what to which object, when, the state before and after (JSON, or null),
/// and whether it was applied or refused. Written atomically with the change it describes.
/// </summary>
public sealed record AuditEntry(
    string Id,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string Action,
    string Target,
    string? Before,
    string? After,
    AuditOutcome Outcome)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}

/// <summary>Whether an audited command changed state or was refused.</summary>
public enum AuditOutcome
{
    /// <summary>The change was applied.</summary>
    Applied,

    /// <summary>The actor was not allowed; nothing changed.</summary>
    Refused,
}
