using ChatPhone.Core.Common;

namespace ChatPhone.Core.Setup;

/// <summary>
/// Derives the ten-step checklist from <see cref="SetupFacts"/>: each step is Done, Ready, or Blocked with
/// the step that blocks it. Pure, so a step goes back to Ready as soon as the state that completed it is undone.
/// </summary>
public static class SetupChecklist
{
    /// <summary>The ten steps, in order.</summary>
    public static IReadOnlyList<SetupStep> Derive(SetupFacts facts)
    {
        var steps = new List<SetupStep>(10);
        steps.Add(Availability(facts));
        var available = steps[0].Status == StepStatus.Done;
        steps.Add(Licenses(facts, available));
        steps.Add(UserNumbers(facts));
        steps.Add(ServiceNumbers(facts));
        steps.Add(EmergencyAndAssignment(facts));
        steps.Add(AudioConferencing(facts));
        steps.Add(Application(SetupStepKind.CallQueues, facts.CallQueues, facts));
        steps.Add(Application(SetupStepKind.AutoAttendants, facts.AutoAttendants, facts));
        steps.Add(ServiceNumberAssignment(facts));
        steps.Add(facts.CreditsFunded
            ? Done(SetupStepKind.CommunicationsCredits, "setup.credits.done")
            : Ready(SetupStepKind.CommunicationsCredits, "setup.credits.ready"));
        return steps;
    }

    private static SetupStep Availability(SetupFacts facts) =>
        facts.People == 0
            ? new SetupStep(SetupStepKind.Availability, StepStatus.Blocked, new Error("setup.availability.no_people"))
            : facts.UnsupportedCountries.Count > 0
                ? new SetupStep(SetupStepKind.Availability, StepStatus.Blocked,
                    new Error("setup.availability.unsupported", string.Join(", ", facts.UnsupportedCountries)))
                : Done(SetupStepKind.Availability, "setup.availability.done", facts.People);

    private static SetupStep Licenses(SetupFacts facts, bool available) =>
        !available ? Blocked(SetupStepKind.Licenses, SetupStepKind.Availability)
        : facts.PeopleReadyToCall > 0 ? Done(SetupStepKind.Licenses, "setup.licenses.done", facts.PeopleReadyToCall)
        : facts.PhoneSystemPurchased == 0 || facts.CallingPlansPurchased == 0 ? Ready(SetupStepKind.Licenses, "setup.licenses.buy")
        : Ready(SetupStepKind.Licenses, "setup.licenses.assign");

    private static SetupStep UserNumbers(SetupFacts facts) =>
        facts.UserNumbers > 0 ? Done(SetupStepKind.UserNumbers, "setup.user_numbers.done", facts.UserNumbers)
        : facts.CallingPlansPurchased == 0 ? Blocked(SetupStepKind.UserNumbers, SetupStepKind.Licenses)
        : Ready(SetupStepKind.UserNumbers, "setup.user_numbers.ready");

    private static SetupStep ServiceNumbers(SetupFacts facts) =>
        facts.ServiceNumbers > 0 ? Done(SetupStepKind.ServiceNumbers, "setup.service_numbers.done", facts.ServiceNumbers)
        : facts.PhoneSystemPurchased + facts.AudioConferencingPurchased == 0 ? Blocked(SetupStepKind.ServiceNumbers, SetupStepKind.Licenses)
        : Ready(SetupStepKind.ServiceNumbers, "setup.service_numbers.ready");

    private static SetupStep EmergencyAndAssignment(SetupFacts facts) =>
        facts.ValidatedAddresses > 0 && facts.UserNumbersAssigned > 0
            ? Done(SetupStepKind.EmergencyAndAssignment, "setup.emergency.done", facts.UserNumbersAssigned)
        : facts.UserNumbers == 0 ? Blocked(SetupStepKind.EmergencyAndAssignment, SetupStepKind.UserNumbers)
        : facts.ValidatedAddresses == 0 ? Ready(SetupStepKind.EmergencyAndAssignment, "setup.emergency.add_address")
        : Ready(SetupStepKind.EmergencyAndAssignment, "setup.emergency.assign");

    private static SetupStep AudioConferencing(SetupFacts facts) =>
        facts.Organizers > 0 ? Done(SetupStepKind.AudioConferencing, "setup.conferencing.done", facts.Organizers)
        : facts.AudioConferencingPurchased == 0 ? Blocked(SetupStepKind.AudioConferencing, SetupStepKind.Licenses)
        : Ready(SetupStepKind.AudioConferencing, "setup.conferencing.ready");

    private static SetupStep Application(SetupStepKind step, (int Total, int Ready) apps, SetupFacts facts) =>
        facts.DeadEnds.FirstOrDefault(d => d.Step == step) is { Fix: not null } deadEnd
            ? new SetupStep(step, StepStatus.Blocked, deadEnd.Problem) { Fix = deadEnd.Fix }
        : apps.Ready > 0 ? Done(step, "setup.application.done", apps.Ready)
        : facts.PhoneSystemPurchased == 0 ? Blocked(step, SetupStepKind.Licenses)
        : apps.Total > 0 ? Ready(step, "setup.application.associate", apps.Total)
        : Ready(step, step == SetupStepKind.CallQueues ? "setup.call_queues.ready" : "setup.auto_attendants.ready");

    private static SetupStep ServiceNumberAssignment(SetupFacts facts) =>
        facts.ServiceNumbersAssigned > 0 ? Done(SetupStepKind.ServiceNumberAssignment, "setup.service_assignment.done", facts.ServiceNumbersAssigned)
        : facts.ServiceNumbers == 0 ? Blocked(SetupStepKind.ServiceNumberAssignment, SetupStepKind.ServiceNumbers)
        : Ready(SetupStepKind.ServiceNumberAssignment, "setup.service_assignment.ready");

    private static SetupStep Done(SetupStepKind step, string code, params object[] args) => new(step, StepStatus.Done, new Error(code, args));

    private static SetupStep Ready(SetupStepKind step, string code, params object[] args) => new(step, StepStatus.Ready, new Error(code, args));

    private static SetupStep Blocked(SetupStepKind step, SetupStepKind by) =>
        new(step, StepStatus.Blocked, new Error("setup.blocked_by", (int)by), by);
}
