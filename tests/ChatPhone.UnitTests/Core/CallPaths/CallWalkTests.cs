using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using static ChatPhone.UnitTests.Core.CallPaths.CallWorldBuilder;

namespace ChatPhone.UnitTests.Core.CallPaths;

/// <summary>A call walked through the configuration: the flow of the moment, the keys pressed, the queue's exits, every dead end.</summary>
public sealed class CallWalkTests
{
    // Wednesday 2 December 2026, a Sunday 6 December evening, and Christmas Day (a Friday), local to Paris.
    private static readonly DateTime Weekday = new(2026, 12, 2, 10, 30, 0);
    private static readonly DateTime SundayNight = new(2026, 12, 6, 20, 0, 0);
    private static readonly DateTime Christmas = new(2026, 12, 25, 11, 0, 0);

    private static string[] Path(SimulatedCall call) => [.. call.Steps.Select(s => s.Node.Id)];

    [Fact]
    public void Weekday_WithoutAKey_PlaysTheGreeting_AndWaitsWithTheMenuKeys()
    {
        var call = Contoso().Call(MainNumber, Weekday);

        Assert.Equal(["number:" + MainNumber, "ra:ra-main", "aa:aa-main", "flow:aa-main:default"], Path(call));
        Assert.Equal(CallOutcome.WaitsForKey, call.Outcome);
        Assert.Equal(CallEdgeKind.BusinessHours, call.Steps[3].Via!.Kind);
        Assert.Equal("Welcome to Contoso.", call.Steps[3].Node.Says!.Text);
        Assert.Equal(["1", "2", "0"], call.Choices.Select(c => c.Detail));
    }

    [Theory]
    [InlineData("1", "agents:cq-sales", "Alex Wilber")]
    [InlineData("2", "agents:cq-support", "Inès Dupont")]
    [InlineData("0", "person:id-megan", "Megan Bowen")]
    public void Weekday_EachKey_ReachesWhoItShould(string key, string end, string who)
    {
        var call = Contoso().Call(MainNumber, Weekday, key);

        Assert.Equal((CallOutcome.ReachesSomeone, end, who), (call.Outcome, call.Steps[^1].Node.Id, call.Steps[^1].Node.Name));
        Assert.Equal(key, call.Steps[4].Via!.Detail);
    }

    [Fact]
    public void PressingOne_GoesThroughTheQueuesResourceAccount_AndPlaysItsGreeting()
    {
        var call = Contoso().Call(MainNumber, Weekday, "1");

        Assert.Equal(["number:" + MainNumber, "ra:ra-main", "aa:aa-main", "flow:aa-main:default", "ra:ra-sales", "cq:cq-sales", "agents:cq-sales"], Path(call));
        Assert.Equal("Sales, please hold.", call.Steps[5].Node.Says!.Text);
    }

    [Fact]
    public void SundayNight_TakesTheAfterHoursFlow_ToTheSharedVoicemail()
    {
        var call = Contoso().Call(MainNumber, SundayNight);

        Assert.Equal(CallEdgeKind.AfterHours, call.Steps[3].Via!.Kind);
        Assert.Equal(("We are closed.", CallOutcome.ReachesVoicemail, "shared-voicemail:group-reception"),
            (call.Steps[3].Node.Says!.Text, call.Outcome, call.Steps[^1].Node.Id));
    }

    [Fact]
    public void Christmas_TakesTheHolidayFlow_EvenDuringBusinessHours_AndHangsUp()
    {
        var call = Contoso().Call(MainNumber, Christmas);

        Assert.Equal((CallEdgeKind.Holiday, "Christmas"), (call.Steps[3].Via!.Kind, call.Steps[3].Via!.Detail));
        Assert.Equal((CallOutcome.HangsUp, CallNodeKind.HangUp), (call.Outcome, call.Steps[^1].Node.Kind));
        Assert.Equal("callpath.hangs_up", Assert.Single(call.Steps[^1].Node.Problems).Code);
    }

    [Fact]
    public void TheTimeIsReadInTheAttendantsTimeZone()
    {
        // 17:30 in Paris is open, 18:30 is closed; 17:30 UTC is 18:30 in Paris in December.
        var world = Contoso();
        Assert.Equal(CallEdgeKind.BusinessHours, world.Call(MainNumber, Weekday.Date.AddHours(17.5)).Steps[3].Via!.Kind);
        Assert.Equal(CallEdgeKind.AfterHours, world.Call(MainNumber, Weekday.Date.AddHours(18.5)).Steps[3].Via!.Kind);

        var utc = CallWalk.Run(CallMapBuilder.ForNumber(world.Build(), MainNumber), world.Build(),
            new CallTime(new DateTimeOffset(Weekday.Date.AddHours(17.5), TimeSpan.Zero), null), []);
        Assert.Equal(CallEdgeKind.AfterHours, utc.Steps[3].Via!.Kind);
    }

    [Fact]
    public void AKeyTheMenuDoesNotOffer_IsSaid_AndTheMenuWaitsAgain()
    {
        var call = Contoso().Call(MainNumber, Weekday, "7");

        Assert.Equal((CallOutcome.WaitsForKey, "7"), (call.Outcome, call.IgnoredKey));
        Assert.Equal(3, call.Choices.Count);
    }

    [Fact]
    public void QueueWithoutAgents_WaitsUntilItsTimeout_ThenTakesTheTimeoutExit()
    {
        var world = Contoso();
        world.Queue("cq-support", world.Queues["cq-support"].Settings with { Users = [] });

        var call = world.Call(MainNumber, Weekday, "2");

        Assert.Equal((CallEdgeKind.Timeout, "300"), (call.Steps[^1].Via!.Kind, call.Steps[^1].Via!.Detail));
        Assert.Equal((CallOutcome.ReachesOutsideNumber, "+33600000000"), (call.Outcome, call.Steps[^1].Node.Name));
        var agents = CallMapBuilder.ForNumber(world.Build(), MainNumber).Node("agents:cq-support");
        Assert.Equal("callpath.queue_no_agents", Assert.Single(agents.Problems).Code);
    }

    [Fact]
    public void QueueWhoseAgentsHaveNoPhoneLicense_UsesItsNoAgentExit()
    {
        var world = Contoso();
        world.Queue("cq-sales", world.Queues["cq-sales"].Settings with
        {
            Users = [Sam],
            NoAgent = new QueueAction<NoAgentActionKind>(NoAgentActionKind.Voicemail, Megan),
        });

        var call = world.Call(MainNumber, Weekday, "1");

        Assert.Equal((CallEdgeKind.NoAgents, CallOutcome.ReachesVoicemail, "voicemail:id-megan"), (call.Steps[^1].Via!.Kind, call.Outcome, call.Steps[^1].Node.Id));
        var agents = CallMapBuilder.ForNumber(world.Build(), MainNumber).Node("agents:cq-sales");
        Assert.Equal("callpath.queue_agents_unlicensed", Assert.Single(agents.Problems).Code);
    }

    [Fact]
    public void OverflowAtZero_SendsEveryCallToTheOverflowExit()
    {
        var world = Contoso();
        world.Queue("cq-support", world.Queues["cq-support"].Settings with { OverflowThreshold = 0 });

        var call = world.Call(MainNumber, Weekday, "2");

        Assert.Equal((CallEdgeKind.Overflow, CallOutcome.ReachesVoicemail), (call.Steps[^1].Via!.Kind, call.Outcome));
    }

    [Fact]
    public void UnlicensedResourceAccount_IsADeadEnd_BeforeTheAttendant()
    {
        var world = Contoso();
        world.Account("ra-main", ResourceAccountKind.AutoAttendant, license: null, number: MainNumber, associatedWith: "aa-main");

        var call = world.Call(MainNumber, Weekday);

        Assert.Equal((CallOutcome.DeadEnd, "ra:ra-main"), (call.Outcome, call.Steps[^1].Node.Id));
        Assert.Equal("callpath.account_unlicensed", Assert.Single(call.Steps[^1].Node.Problems).Code);
    }

    [Fact]
    public void UnlinkedResourceAccount_AndUnassignedNumber_AreDeadEnds()
    {
        var world = Contoso();
        world.Account("ra-main", ResourceAccountKind.AutoAttendant, number: MainNumber);
        world.Number("+33180000099", null);

        Assert.Equal("callpath.account_unlinked", world.Call(MainNumber, Weekday).Steps[^1].Node.Problems.Single().Code);
        Assert.Equal("callpath.number_unassigned", world.Call("+33180000099", Weekday).Steps[^1].Node.Problems.Single().Code);
        Assert.Equal("callpath.number_unknown", world.Call("+33180000077", Weekday).Steps[^1].Node.Problems.Single().Code);
    }

    [Fact]
    public void TargetThatNoLongerExists_AndOperatorMissing_AreDeadEnds()
    {
        var world = Contoso();
        world.Accounts.Remove("ra-support");
        world.Attendant("aa-main", world.Attendants["aa-main"].Settings with { Operator = null });

        Assert.Equal("callpath.account_missing", world.Call(MainNumber, Weekday, "2").Steps[^1].Node.Problems.Single().Code);
        Assert.Equal("callpath.operator_missing", world.Call(MainNumber, Weekday, "0").Steps[^1].Node.Problems.Single().Code);
    }

    [Fact]
    public void PersonWithoutPhoneSystem_IsADeadEnd()
    {
        var world = Contoso();
        world.Attendant("aa-main", world.Attendants["aa-main"].Settings with { Operator = new CallableEntity(CallableEntityType.User, Sam) });

        var call = world.Call(MainNumber, Weekday, "0");

        Assert.Equal((CallOutcome.DeadEnd, "callpath.person_unlicensed"), (call.Outcome, call.Steps[^1].Node.Problems.Single().Code));
    }

    [Fact]
    public void NestedAttendants_AreFollowed_AndALoopEnds()
    {
        var world = Contoso();
        world.Attendant("aa-back", VoiceAppSettings("Back office", new CallableEntity(CallableEntityType.ConfigurationEndpoint, "aa-loop")));
        world.Attendant("aa-loop", VoiceAppSettings("Loop", new CallableEntity(CallableEntityType.ConfigurationEndpoint, "aa-back")));

        var call = world.Call("aa-back", Weekday);
        var map = CallMapBuilder.ForApp(world.Build(), "aa-back");

        Assert.Equal(CallOutcome.Loops, call.Outcome);
        Assert.Equal(map.Nodes.Count, map.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Contains(map.Edges, e => e.From == "flow:aa-loop:default" && e.To == "aa:aa-back");
    }

    [Fact]
    public void TheMap_HoldsEveryFlowAndEveryExit_NotOnlyThePathTaken()
    {
        var map = CallMapBuilder.ForNumber(Contoso().Build(), MainNumber);

        Assert.Equal(
            [CallEdgeKind.Holiday, CallEdgeKind.AfterHours, CallEdgeKind.BusinessHours],
            map.From("aa:aa-main").Select(e => e.Kind));
        Assert.Equal(
            [CallEdgeKind.Answered, CallEdgeKind.Overflow, CallEdgeKind.Timeout],
            map.From("cq:cq-support").Select(e => e.Kind));
        Assert.Contains(map.Nodes, n => n.Id == "external:+33600000000");
        Assert.Contains(map.DeadEnds, n => n.Kind == CallNodeKind.HangUp);
    }

    private static AutoAttendantSettings VoiceAppSettings(string name, CallableEntity target) => new()
    {
        Name = name,
        LanguageId = "en-US",
        TimeZoneId = "UTC",
        Hours = BusinessHours.AllWeek,
        DefaultFlow = new CallFlow("Default", null, new Menu("Default", null, [new MenuOption(DtmfTone.Automatic, MenuAction.TransferCallToTarget, Target: target)])),
    };
}
