using ChatPhone.Core.Common;

namespace ChatPhone.Core.Setup;

/// <summary>The ten steps of the setup guide, in order.</summary>
public enum SetupStepKind
{
    /// <summary>1. Check Phone System availability in the organisation's countries.</summary>
    Availability = 1,

    /// <summary>2. Buy and assign Phone System and Calling Plan licenses.</summary>
    Licenses,

    /// <summary>3. Get user numbers (new or ported).</summary>
    UserNumbers,

    /// <summary>4. Get service numbers.</summary>
    ServiceNumbers,

    /// <summary>5. Add emergency addresses and assign numbers to users.</summary>
    EmergencyAndAssignment,

    /// <summary>6. Set up Audio Conferencing.</summary>
    AudioConferencing,

    /// <summary>7. Create call queues.</summary>
    CallQueues,

    /// <summary>8. Create auto attendants.</summary>
    AutoAttendants,

    /// <summary>9. Assign service numbers (bridge, resource accounts).</summary>
    ServiceNumberAssignment,

    /// <summary>10. Fund Communications Credits.</summary>
    CommunicationsCredits,
}

/// <summary>Where a step stands.</summary>
public enum StepStatus
{
    /// <summary>Completed, as the stored state shows.</summary>
    Done,

    /// <summary>Can be done now.</summary>
    Ready,

    /// <summary>Cannot be done until a prerequisite is met.</summary>
    Blocked,
}

/// <summary>
/// One line of the checklist: the step, its status, a localised explanation (what is done, what to do
/// next, or what blocks it) and, when blocked by another step, that step.
/// </summary>
public sealed record SetupStep(SetupStepKind Step, StepStatus Status, Error Reason, SetupStepKind? BlockedBy = null)
{
    /// <summary>For a step blocked by a dead end of a call flow: the number that meets it and what to open to fix it.</summary>
    public SetupFix? Fix { get; init; }
}

/// <summary>Where to fix a dead end a number's calls meet.</summary>
/// <param name="Number">The number whose calls meet it (E.164).</param>
/// <param name="ObjectType">What to open: <c>ResourceAccount</c>, <c>CallQueue</c> or <c>AutoAttendant</c>.</param>
/// <param name="ObjectId">Its id.</param>
public sealed record SetupFix(string Number, string ObjectType, string ObjectId);
