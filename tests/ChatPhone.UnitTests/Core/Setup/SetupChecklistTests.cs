using ChatPhone.Core.Common;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Core.Setup;

public sealed class SetupChecklistTests
{
    private static readonly SetupFacts Empty = new();

    private static readonly SetupFacts Complete = new()
    {
        People = 8, PhoneSystemPurchased = 10, CallingPlansPurchased = 10, AudioConferencingPurchased = 5, PeopleReadyToCall = 4,
        UserNumbers = 4, UserNumbersAssigned = 4, ServiceNumbers = 3, ServiceNumbersAssigned = 3, ValidatedAddresses = 1,
        Organizers = 2, CallQueues = (1, 1), AutoAttendants = (1, 1), CreditsFunded = true,
    };

    [Fact]
    public void Derive_AnEmptyTenant_StartsAtStepOne_AndBlocksWhatNeedsLicenses()
    {
        var steps = SetupChecklist.Derive(Empty);

        Assert.Equal(Enumerable.Range(1, 10), steps.Select(s => (int)s.Step));
        Assert.Equal((StepStatus.Blocked, "setup.availability.no_people"), (steps[0].Status, steps[0].Reason.Code));
        Assert.Equal(SetupStepKind.Availability, steps[1].BlockedBy);
        Assert.Equal(SetupStepKind.Licenses, steps[2].BlockedBy);
        Assert.Equal(SetupStepKind.UserNumbers, steps[4].BlockedBy);
        Assert.Equal(SetupStepKind.ServiceNumbers, steps[8].BlockedBy);
        Assert.Equal(StepStatus.Ready, steps[9].Status);
    }

    [Fact]
    public void Derive_ACompleteTenant_IsAllDone() =>
        Assert.All(SetupChecklist.Derive(Complete), s => Assert.Equal(StepStatus.Done, s.Status));

    [Fact]
    public void Derive_UnsupportedCountries_BlockStepOne_AndNameThem()
    {
        var step = SetupChecklist.Derive(Complete with { UnsupportedCountries = ["KP", "IR"] })[0];

        Assert.Equal(StepStatus.Blocked, step.Status);
        Assert.Contains("KP, IR", step.Reason.Describe(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_UndoingAStep_TurnsItBackToReady()
    {
        var undone = SetupChecklist.Derive(Complete with { UserNumbersAssigned = 0 });

        Assert.Equal((StepStatus.Ready, "setup.emergency.assign"), (undone[4].Status, undone[4].Reason.Code));
    }

    [Theory]
    [InlineData(0, 0, "setup.call_queues.ready")]
    [InlineData(2, 0, "setup.application.associate")]
    public void Derive_CallQueuesWithoutResourceAccounts_AreReadyNotDone(int total, int ready, string reason)
    {
        var step = SetupChecklist.Derive(Complete with { CallQueues = (total, ready) })[6];

        Assert.Equal((StepStatus.Ready, reason), (step.Status, step.Reason.Code));
    }

    [Fact]
    public void Derive_NoCallingPlans_BlocksUserNumbersOnLicenses()
    {
        var steps = SetupChecklist.Derive(Complete with { CallingPlansPurchased = 0, UserNumbers = 0, PeopleReadyToCall = 0 });

        Assert.Equal((StepStatus.Ready, "setup.licenses.buy"), (steps[1].Status, steps[1].Reason.Code));
        Assert.Equal((StepStatus.Blocked, SetupStepKind.Licenses), (steps[2].Status, steps[2].BlockedBy));
    }

    [Fact]
    public void EveryReason_HasAnEnglishAndAFrenchMessage()
    {
        var states = new[]
        {
            Empty, Complete, Complete with { UnsupportedCountries = ["KP"] }, Complete with { PeopleReadyToCall = 0 },
            Complete with { PeopleReadyToCall = 0, CallingPlansPurchased = 0 }, Complete with { UserNumbers = 0, ServiceNumbers = 0 },
            Complete with { ValidatedAddresses = 0 }, Complete with { UserNumbersAssigned = 0 }, Complete with { Organizers = 0 },
            Complete with { CallQueues = (1, 0), AutoAttendants = (0, 0) }, Complete with { ServiceNumbersAssigned = 0, CreditsFunded = false },
        };

        var reasons = states.SelectMany(SetupChecklist.Derive).Select(s => s.Reason).DistinctBy(r => r.Code).ToArray();

        Assert.True(reasons.Length >= 20);
        Assert.All(reasons, r =>
        {
            Assert.NotEqual(r.Code, r.Describe(Language.English));
            Assert.NotEqual(r.Describe(Language.English), r.Describe(Language.French));
        });
    }
}
