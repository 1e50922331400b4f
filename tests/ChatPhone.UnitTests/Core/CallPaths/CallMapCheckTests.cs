using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using static ChatPhone.UnitTests.Core.CallPaths.CallWorldBuilder;

namespace ChatPhone.UnitTests.Core.CallPaths;

/// <summary>A whole call map judged for the checklist: every flow must reach someone, and nothing on it may be broken.</summary>
public sealed class CallMapCheckTests
{
    private static IReadOnlyList<CallPathDefect> Defects(CallWorldBuilder world) => CallMapCheck.Defects(CallMapBuilder.ForNumber(world.Build(), MainNumber));

    [Fact]
    public void TheContosoMainLine_HasOneDefect_ItsHolidayOnlyHangsUp()
    {
        var defect = Assert.Single(Defects(Contoso()));

        Assert.Equal(("callpath.flow_reaches_nobody", "AutoAttendant", "aa-main"), (defect.Problem.Code, defect.ObjectType, defect.ObjectId));
        Assert.Equal(["Main line", "Christmas"], defect.Problem.Args);
    }

    [Fact]
    public void AHolidayThatRedirects_AndAMenuWithOneHangUpKey_AreNotDefects()
    {
        var world = Contoso();
        var settings = world.Attendants["aa-main"].Settings;
        var hangUpKey = new MenuOption(ChatPhone.Core.VoiceApps.DtmfTone.Tone9, MenuAction.DisconnectCall);
        world.Attendant("aa-main", settings with
        {
            Holidays = [settings.Holidays[0] with { Action = HolidayAction.Redirect, RedirectTarget = new CallableEntity(CallableEntityType.User, Megan) }],
            DefaultFlow = settings.DefaultFlow with { Menu = settings.DefaultFlow.Menu with { Options = [.. settings.DefaultFlow.Menu.Options, hangUpKey] } },
        });

        Assert.Empty(Defects(world));
    }

    [Fact]
    public void EachBrokenPart_IsADefect_OnTheObjectToFix()
    {
        var world = Contoso();
        world.Account("ra-support", ResourceAccountKind.CallQueue, license: null, associatedWith: "cq-support");
        world.Queue("cq-sales", world.Queues["cq-sales"].Settings with { Users = [Sam] });

        var defects = Defects(world).Select(d => (d.Problem.Code, d.ObjectType, d.ObjectId)).ToArray();

        Assert.Contains(("callpath.account_unlicensed", "ResourceAccount", "ra-support"), defects);
        Assert.Contains(("callpath.queue_agents_unlicensed", "CallQueue", "cq-sales"), defects);
    }

    [Fact]
    public void TheChecklist_BlocksTheStepOfTheAppWithTheNumber_AndSaysWhatToFix()
    {
        var fix = new SetupFix(MainNumber, "AutoAttendant", "aa-main");
        var problem = new ChatPhone.Core.Common.Error("callpath.flow_reaches_nobody", "Main line", "Christmas");
        var facts = new SetupFacts
        {
            People = 3,
            PhoneSystemPurchased = 3,
            AutoAttendants = (1, 1),
            CallQueues = (2, 2),
            DeadEnds = [(SetupStepKind.AutoAttendants, problem, fix)],
        };

        var steps = SetupChecklist.Derive(facts);

        var attendants = steps.Single(s => s.Step == SetupStepKind.AutoAttendants);
        Assert.Equal((StepStatus.Blocked, problem, fix), (attendants.Status, attendants.Reason, attendants.Fix));
        Assert.Equal(StepStatus.Done, steps.Single(s => s.Step == SetupStepKind.CallQueues).Status);
        Assert.Equal(StepStatus.Done, SetupChecklist.Derive(facts with { DeadEnds = [] }).Single(s => s.Step == SetupStepKind.AutoAttendants).Status);
    }
}
