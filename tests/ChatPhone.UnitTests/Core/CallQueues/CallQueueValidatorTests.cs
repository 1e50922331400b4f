using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;
using ChatPhone.UnitTests.Core.VoiceApps;

namespace ChatPhone.UnitTests.Core.CallQueues;

public sealed class CallQueueValidatorTests
{
    private static readonly CallQueueSettings Minimal = new() { Name = "Sales" };

    private static Validated<CallQueueSettings> Check(CallQueueSettings settings, ChatPhone.Core.VoiceApps.VoiceAppFacts? facts = null, string? selfId = null) =>
        CallQueueValidator.Validate(settings, facts ?? TestFacts.Tenant(), selfId);

    private static string[] Codes(CallQueueSettings settings) => TestFacts.Codes(Check(settings).Problems);

    [Fact]
    public void Validate_MinimalQueue_IsValidWithTheDocumentedDefaults()
    {
        var result = Check(Minimal);

        Assert.True(result.IsValid, string.Join(", ", TestFacts.Codes(result.Problems)));
        Assert.Empty(result.Notes);
        var value = result.Value;
        Assert.Equal(
            (RoutingMethod.Attendant, true, true, true, 30, 50, 1200),
            (value.RoutingMethod, value.PresenceBasedRouting, value.ConferenceMode, value.AllowOptOut, value.AgentAlertTime, value.OverflowThreshold, value.TimeoutThreshold));
        Assert.Equal(
            (OverflowActionKind.DisconnectWithBusy, TimeoutActionKind.Disconnect, NoAgentActionKind.Queue, NoAgentApplyTo.AllCalls, true, 3),
            (value.Overflow.Kind, value.Timeout.Kind, value.NoAgent.Kind, value.NoAgentApplyTo, value.UseDefaultMusicOnHold, value.Overflow.CallPriority));
        Assert.False(value.IsCallbackEnabled);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(180, true)]
    [InlineData(181, false)]
    public void Validate_AgentAlertTime_Accepts15To180(int seconds, bool valid)
    {
        var result = Check(Minimal with { AgentAlertTime = seconds });

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(new ChatPhone.Core.Common.Error("voiceapp.out_of_range", "AgentAlertTime", seconds, 15, 180), Assert.Single(result.Problems));
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Validate_OverflowThreshold_Accepts0To200(int calls, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { OverflowThreshold = calls }).IsValid);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2700, true)]
    [InlineData(2701, false)]
    [InlineData(2715, false)]
    public void Validate_TimeoutThreshold_Accepts0To2700(int seconds, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { TimeoutThreshold = seconds }).IsValid);

    [Theory]
    [InlineData(47, 45)]
    [InlineData(53, 60)]
    [InlineData(7, 0)]
    [InlineData(8, 15)]
    [InlineData(2699, 2700)]
    public void Validate_TimeoutOffTheStep_IsRoundedToNearest15AndReported(int seconds, int expected)
    {
        var result = Check(Minimal with { TimeoutThreshold = seconds });

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value.TimeoutThreshold);
        Assert.Equal(new ChatPhone.Core.Common.Error("callqueue.timeout_rounded", seconds, expected), Assert.Single(result.Notes));
    }

    [Fact]
    public void Validate_TimeoutOnTheStep_IsKeptWithoutNote()
    {
        var result = Check(Minimal with { TimeoutThreshold = 45 });

        Assert.Equal(45, result.Value.TimeoutThreshold);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Validate_Name_AtMost64Characters(int length, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { Name = new string('q', length) }).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyName_IsRequired(string name) =>
        Assert.Equal(["voiceapp.name_required"], Codes(Minimal with { Name = name }));

    [Fact]
    public void Validate_NameOfAnotherQueue_IgnoringCase_IsTaken_ButItsOwnNameIsFine()
    {
        var facts = TestFacts.Tenant(queues: [TestFacts.Queue("q1", Minimal)]);

        Assert.Equal(["callqueue.name_taken"], TestFacts.Codes(Check(Minimal with { Name = " SALES " }, facts).Problems));
        Assert.True(Check(Minimal with { Name = "sales" }, facts, selfId: "q1").IsValid);
    }

    [Fact]
    public void Validate_LongestIdleWithoutPresence_ForcesPresenceOnAndSaysSo()
    {
        var result = Check(Minimal with { RoutingMethod = RoutingMethod.LongestIdle, PresenceBasedRouting = false });

        Assert.True(result.Value.PresenceBasedRouting);
        Assert.Equal(["callqueue.presence_forced"], TestFacts.Codes(result.Notes));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Validate_MusicOnHold_DefaultXorAudioFile(bool useDefault, bool file, bool valid)
    {
        var result = Check(Minimal with { UseDefaultMusicOnHold = useDefault, MusicOnHoldAudioFileId = file ? TestFacts.Audio : null });

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? [] : ["callqueue.music_on_hold_one_of"], TestFacts.Codes(result.Problems));
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Validate_GreetingText_AtMost1000Characters(int length, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { Greeting = Prompt.Text(new string('a', length)) }).IsValid);

    [Fact]
    public void Validate_GreetingWithAudioAndText_OrNeither_IsRefused()
    {
        Assert.Equal(["voiceapp.prompt_one_kind"], Codes(Minimal with { Greeting = new Prompt(TestFacts.Audio, "Hello") }));
        Assert.Equal(["voiceapp.prompt_one_kind"], Codes(Minimal with { Greeting = new Prompt() }));
        Assert.Equal(["voiceapp.audio_file_invalid"], Codes(Minimal with { Greeting = Prompt.Audio("not-a-guid") }));
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Validate_IndividualAgents_AtMost20(int count, bool valid)
    {
        var users = Enumerable.Range(0, count).Select(TestFacts.UserId).ToArray();

        var result = Check(Minimal with { Users = users }, TestFacts.Tenant(extraLicensedUsers: count));

        Assert.Equal(valid ? [] : ["callqueue.too_many_users"], TestFacts.Codes(result.Problems));
    }

    [Fact]
    public void Validate_Agents_MustExistAndHoldPhoneSystem()
    {
        Assert.Equal(["voiceapp.user_not_found"], Codes(Minimal with { Users = ["ghost"] }));
        Assert.Equal(["voiceapp.user_not_voice_enabled"], Codes(Minimal with { Users = [TestFacts.Unlicensed] }));
        Assert.True(Check(Minimal with { Users = [TestFacts.Licensed.ToUpperInvariant()] }).IsValid);
    }

    [Fact]
    public void Validate_DistributionLists_AreGroupIds()
    {
        Assert.True(Check(Minimal with { DistributionLists = [TestFacts.Group] }).IsValid);
        Assert.Equal(["voiceapp.group_invalid"], Codes(Minimal with { DistributionLists = ["sales-team"] }));
    }

    [Fact]
    public void Validate_ChannelOfAnotherQueue_IsTaken()
    {
        var channel = new ChannelLink(TestFacts.Group, "19:abc@thread.tacv2", TestFacts.Licensed);
        var facts = TestFacts.Tenant(queues: [TestFacts.Queue("q1", Minimal with { Name = "Support", Channel = channel })]);

        Assert.Equal(["callqueue.channel_taken"], TestFacts.Codes(Check(Minimal with { Channel = channel }, facts).Problems));
        Assert.True(Check(Minimal with { Name = "Support", Channel = channel }, facts, selfId: "q1").IsValid);
    }
}
