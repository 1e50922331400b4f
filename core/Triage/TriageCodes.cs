using static ChatPhone.Core.Triage.Symptom;

namespace ChatPhone.Core.Triage;

/// <summary>
/// The stable codes of every cause triage can find, and which symptoms each one explains (blocking) or
/// only concerns (warning). <see cref="Symptom.General"/> takes every cause, blocking when it explains any symptom.
/// Each code has three strings in the Triage resources: the sentence for the person, <c>.next</c> (what
/// happens next) and <c>.about</c> (the same cause told about someone else, their name first).
/// </summary>
public static class TriageCodes
{
#pragma warning disable CS1591 // The names say what they are; the resources hold the wording.
    public const string PersonNotFound = "triage.person_not_found";
    public const string UsageLocationMissing = "triage.usage_location_missing";
    public const string PhoneSystemNotSold = "triage.phone_system_not_sold";
    public const string PhoneSystemMissing = "triage.phone_system_missing";
    public const string PhoneSystemMissingBuy = "triage.phone_system_missing_buy";
    public const string CallingPlansNotSold = "triage.calling_plans_not_sold";
    public const string CallingPlanMissing = "triage.calling_plan_missing";
    public const string CallingPlanMissingBuy = "triage.calling_plan_missing_buy";
    public const string LicenseCountryOutdated = "triage.license_country_outdated";
    public const string PlanCountryMismatch = "triage.plan_country_mismatch";
    public const string NumberMissing = "triage.number_missing";
    public const string NumberMissingNoneFree = "triage.number_missing_none_free";
    public const string NumberActivating = "triage.number_activating";
    public const string PortProcessing = "triage.port_processing";
    public const string PortContactingCarrier = "triage.port_contacting_carrier";
    public const string PortScheduled = "triage.port_scheduled";
    public const string PortTransferPending = "triage.port_transfer_pending";
    public const string PortRejected = "triage.port_rejected";
    public const string NumberNotFound = "triage.number_not_found";
    public const string NumberNotForUsers = "triage.number_not_for_users";
    public const string NumberBlocked = "triage.number_blocked";
    public const string NumberBlockedForever = "triage.number_blocked_forever";
    public const string NumberAssignedElsewhere = "triage.number_assigned_elsewhere";
    public const string EmergencyAddressMissing = "triage.emergency_address_missing";
    public const string EmergencyAddressUnvalidated = "triage.emergency_address_unvalidated";
    public const string MinutesExhausted = "triage.minutes_exhausted";
    public const string CreditsLicenseMissing = "triage.credits_license_missing";
    public const string CreditsLicenseMissingBuy = "triage.credits_license_missing_buy";
    public const string TollFreeNoCredits = "triage.toll_free_no_credits";
    public const string AudioConferencingMissing = "triage.audio_conferencing_missing";
    public const string AudioConferencingMissingBuy = "triage.audio_conferencing_missing_buy";
    public const string ConferencingNotEnabled = "triage.conferencing_not_enabled";
    public const string BridgeNumberMissing = "triage.bridge_number_missing";
    public const string BridgeNumberMissingNoneFree = "triage.bridge_number_missing_none_free";
    public const string OrganizerNotEnabled = "triage.organizer_not_enabled";
    public const string OrganizerNumberMissing = "triage.organizer_number_missing";
    public const string QueueNotFound = "triage.queue_not_found";
    public const string QueueAgentMissing = "triage.queue_agent_missing";
    public const string NoQueueMembership = "triage.no_queue_membership";
    public const string QueueAgentThroughGroups = "triage.queue_agent_through_groups";
    public const string QueueNoResourceAccount = "triage.queue_no_resource_account";
    public const string QueueAccountUnlicensed = "triage.queue_account_unlicensed";
    public const string QueueNoNumber = "triage.queue_no_number";
    public const string QueueOverflowZero = "triage.queue_overflow_zero";
#pragma warning restore CS1591

    private static readonly Symptom[] Calls = [CannotCallOut, CannotReceiveCalls, NumberNotShown];
    private static readonly Symptom[] CallsAndEmergency = [.. Calls, EmergencyCalling];
    private static readonly Symptom[] Everything = [.. CallsAndEmergency, MeetingDialIn, QueueCalls];
    private static readonly Symptom[] Voice = [.. CallsAndEmergency, QueueCalls];

    // One row per code: the symptoms it explains, then those it only concerns.
    private static readonly (string Code, Symptom[] Blocking, Symptom[] Warning)[] Rows =
    [
        (PersonNotFound, Everything, []),
        (UsageLocationMissing, Everything, []),
        (PhoneSystemNotSold, Voice, []),
        (PhoneSystemMissing, Voice, []),
        (PhoneSystemMissingBuy, Voice, []),
        (CallingPlansNotSold, CallsAndEmergency, []),
        (CallingPlanMissing, CallsAndEmergency, []),
        (CallingPlanMissingBuy, CallsAndEmergency, []),
        (LicenseCountryOutdated, [], CallsAndEmergency),
        (PlanCountryMismatch, Calls, []),
        (NumberMissing, CallsAndEmergency, []),
        (NumberMissingNoneFree, CallsAndEmergency, []),
        (NumberActivating, Calls, []),
        (PortProcessing, Calls, []),
        (PortContactingCarrier, Calls, []),
        (PortScheduled, Calls, []),
        (PortTransferPending, Calls, []),
        (PortRejected, Calls, []),
        (NumberNotFound, Calls, []),
        (NumberNotForUsers, Calls, []),
        (NumberBlocked, Calls, []),
        (NumberBlockedForever, Calls, []),
        (NumberAssignedElsewhere, Calls, []),
        (EmergencyAddressMissing, [EmergencyCalling], [CannotCallOut]),
        (EmergencyAddressUnvalidated, [EmergencyCalling], [CannotCallOut]),
        (MinutesExhausted, [CannotCallOut], []),
        (CreditsLicenseMissing, [CannotCallOut], []),
        (CreditsLicenseMissingBuy, [CannotCallOut], []),
        (TollFreeNoCredits, [MeetingDialIn, QueueCalls], []),
        (AudioConferencingMissing, [MeetingDialIn], []),
        (AudioConferencingMissingBuy, [MeetingDialIn], []),
        (ConferencingNotEnabled, [MeetingDialIn], []),
        (BridgeNumberMissing, [MeetingDialIn], []),
        (BridgeNumberMissingNoneFree, [MeetingDialIn], []),
        (OrganizerNotEnabled, [MeetingDialIn], []),
        (OrganizerNumberMissing, [MeetingDialIn], []),
        (QueueNotFound, [QueueCalls], []),
        (QueueAgentMissing, [QueueCalls], []),
        (NoQueueMembership, [QueueCalls], []),
        (QueueAgentThroughGroups, [], [QueueCalls]),
        (QueueNoResourceAccount, [QueueCalls], []),
        (QueueAccountUnlicensed, [QueueCalls], []),
        (QueueNoNumber, [QueueCalls], []),
        (QueueOverflowZero, [QueueCalls], []),
    ];

    private static readonly Dictionary<string, (Symptom[] Blocking, Symptom[] Warning)> Table =
        Rows.ToDictionary(r => r.Code, r => (r.Blocking, r.Warning), StringComparer.Ordinal);

    /// <summary>Every code.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Rows.Select(r => r.Code)];

    /// <summary>
    /// How a cause weighs for <paramref name="symptom"/>: blocking when it explains it, a warning when it only
    /// concerns it, null when it has nothing to do with it.
    /// </summary>
    public static Severity? SeverityFor(string code, Symptom symptom)
    {
        var (blocking, warning) = Table[code];
        return symptom == General ? (blocking.Length > 0 ? Severity.Blocking : Severity.Warning)
            : blocking.Contains(symptom) ? Severity.Blocking
            : warning.Contains(symptom) ? Severity.Warning
            : null;
    }
}
