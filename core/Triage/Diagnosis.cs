namespace ChatPhone.Core.Triage;

/// <summary>Who has to act for a cause to go away.</summary>
public enum FixOwner
{
    /// <summary>An admin must change something: the bot opens a ticket with a one-click fix when it has one.</summary>
    Admin,

    /// <summary>The person can fix it themselves (e.g. sign out and in again).</summary>
    User,

    /// <summary>Nothing to do but wait (a port order in progress, a number activating).</summary>
    Wait,
}

/// <summary>How bad a cause is.</summary>
public enum Severity
{
    /// <summary>Explains the symptom: calling cannot work until it is fixed.</summary>
    Blocking,

    /// <summary>Not the symptom's cause, but wrong and worth fixing.</summary>
    Warning,
}

/// <summary>What a one-click fix does; each kind maps to one core command, applied by an admin.</summary>
public enum FixKind
{
    /// <summary>Assign license <c>sku</c> to the person (args: <c>userId</c>, <c>sku</c>).</summary>
    AssignLicense,

    /// <summary>Assign an unassigned user number to the person (args: <c>userId</c>, <c>number</c>).</summary>
    AssignNumber,

    /// <summary>Enable the person as an Audio Conferencing organizer (args: <c>userId</c>).</summary>
    EnableOrganizer,

    /// <summary>Assign an unassigned conference number to the bridge (args: <c>number</c>).</summary>
    AssignBridgeNumber,

    /// <summary>Add the person as an agent of a call queue (args: <c>userId</c>, <c>callQueueId</c>).</summary>
    AddQueueAgent,
}

/// <summary>A one-click fix: the command to run and its arguments.</summary>
/// <param name="Kind">The command.</param>
/// <param name="Args">Its arguments, by name (see <see cref="FixKind"/>).</param>
public sealed record Fix(FixKind Kind, IReadOnlyDictionary<string, string> Args);

/// <summary>
/// One cause found in the person's real state. <see cref="Code"/> is stable (tests and tickets use it); its
/// message and what happens next come from the Triage resources, in English and French, with <see cref="Args"/>.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>triage.license_missing</c>.</param>
/// <param name="Severity">Whether it explains the symptom.</param>
/// <param name="Owner">Who must act.</param>
/// <param name="Args">Message arguments (a SKU name, a number, a date).</param>
/// <param name="Fix">The one-click fix an admin can apply, when there is one.</param>
public sealed record Diagnosis(string Code, Severity Severity, FixOwner Owner, IReadOnlyList<string> Args, Fix? Fix = null);

/// <summary>What triage found for one person and one symptom.</summary>
/// <param name="UserId">The person diagnosed (AAD object id).</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Symptom">What was reported.</param>
/// <param name="Causes">The causes found, blocking first; empty when everything looks right.</param>
public sealed record TriageReport(string UserId, string DisplayName, Symptom Symptom, IReadOnlyList<Diagnosis> Causes)
{
    /// <summary>True when an admin has to act on at least one cause (a ticket is warranted).</summary>
    public bool NeedsAdmin => Causes.Any(c => c.Owner == FixOwner.Admin);
}
