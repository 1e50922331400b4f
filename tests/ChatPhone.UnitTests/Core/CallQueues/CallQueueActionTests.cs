using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;
using ChatPhone.UnitTests.Core.VoiceApps;

namespace ChatPhone.UnitTests.Core.CallQueues;

public sealed class CallQueueActionTests
{
    private static readonly CallQueueSettings Minimal = new() { Name = "Sales" };

    private static string[] Codes(CallQueueSettings settings) =>
        TestFacts.Codes(CallQueueValidator.Validate(settings, TestFacts.Tenant()).Problems);

    private static CallQueueSettings Forward(string target) =>
        Minimal with { Overflow = new QueueAction<OverflowActionKind>(OverflowActionKind.Forward, target) };

    [Theory]
    [InlineData("tel:+12065550100", new string[0])]
    [InlineData("TEL:+12065550100", new string[0])]
    [InlineData("+12065550100", new[] { "voiceapp.tel_prefix_required" })]
    [InlineData("12065550100", new[] { "voiceapp.tel_prefix_required" })]
    [InlineData("tel:12065550100", new[] { "voiceapp.tel_invalid" })]
    [InlineData("tel:+1206", new[] { "voiceapp.tel_invalid" })]
    [InlineData(TestFacts.Licensed, new string[0])]
    [InlineData(TestFacts.CqAccount, new string[0])]
    [InlineData("nobody", new[] { "voiceapp.target_not_found" })]
    [InlineData("", new[] { "voiceapp.target_not_found" })]
    public void Validate_ForwardTarget_IsTelE164OrAPersonOrResourceAccount(string target, string[] expected) =>
        Assert.Equal(expected, Codes(Forward(target)));

    [Fact]
    public void Validate_ForwardTargets_AreCheckedInEverySlot()
    {
        var settings = Minimal with
        {
            Timeout = new QueueAction<TimeoutActionKind>(TimeoutActionKind.Forward, "+12065550100"),
            NoAgent = new QueueAction<NoAgentActionKind>(NoAgentActionKind.Forward, "nobody"),
        };

        Assert.Equal(["voiceapp.tel_prefix_required", "voiceapp.target_not_found"], Codes(settings));
    }

    [Fact]
    public void Validate_Voicemail_NeedsAPerson()
    {
        Assert.Empty(Codes(Minimal with { Timeout = new(TimeoutActionKind.Voicemail, TestFacts.Licensed) }));
        Assert.Equal(["voiceapp.user_not_found"], Codes(Minimal with { Timeout = new(TimeoutActionKind.Voicemail, TestFacts.CqAccount) }));
    }

    [Fact]
    public void Validate_SharedVoicemail_NeedsGroupPromptAndLanguage()
    {
        var action = new QueueAction<NoAgentActionKind>(NoAgentActionKind.SharedVoicemail, TestFacts.Group, Prompt: Prompt.Text("Leave a message"));

        Assert.Empty(Codes(Minimal with { LanguageId = "en-us", NoAgent = action }));
        Assert.Equal(["callqueue.language_required"], Codes(Minimal with { NoAgent = action }));
        Assert.Equal(["callqueue.shared_voicemail_prompt_required"], Codes(Minimal with { LanguageId = "en-US", NoAgent = action with { Prompt = null } }));
        Assert.Equal(["voiceapp.group_invalid"], Codes(Minimal with { LanguageId = "en-US", NoAgent = action with { Target = "sales" } }));
    }

    [Fact]
    public void Validate_Language_MustBeSupported_AndIsCanonicalised()
    {
        Assert.Equal(["voiceapp.language_unsupported"], Codes(Minimal with { LanguageId = "xx-YY" }));
        Assert.Equal("fr-FR", CallQueueValidator.Validate(Minimal with { LanguageId = "FR-fr" }, TestFacts.Tenant()).Value.LanguageId);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Validate_CallPriority_1To5(int priority, bool valid) =>
        Assert.Equal(valid, Codes(Minimal with { Overflow = new(OverflowActionKind.Forward, TestFacts.CqAccount, priority) }).Length == 0);

    [Fact]
    public void Validate_TargetOnANonRedirectingAction_IsRefused() =>
        Assert.Equal(["callqueue.target_unexpected"], Codes(Minimal with { Timeout = new(TimeoutActionKind.Disconnect, TestFacts.Licensed) }));

    [Fact]
    public void Validate_TranscriptionOutsideSharedVoicemail_IsRefused() =>
        Assert.Equal(["voiceapp.shared_voicemail_only"], Codes(Minimal with { Overflow = new(OverflowActionKind.Forward, TestFacts.Licensed, EnableTranscription: true) }));

    [Fact]
    public void Validate_Callback_WithEverythingRequired_IsValid()
    {
        var callback = new CallbackSettings(DtmfTone.Tone1, Prompt.Text("Press 1 for a callback"), TestFacts.Group, WaitTimeSeconds: 60);

        Assert.Empty(Codes(Minimal with { IsCallbackEnabled = true, Callback = callback }));
        Assert.Empty(Codes(Minimal with { IsCallbackEnabled = true, Callback = callback with { RequestDtmf = DtmfTone.TonePound } }));
    }

    [Fact]
    public void Validate_CallbackDisabled_IgnoresTheCallbackSettings() =>
        Assert.Empty(Codes(Minimal with { Callback = new CallbackSettings() }));

    [Fact]
    public void Validate_CallbackEnabledWithNothing_ReportsEveryMissingPiece() =>
        Assert.Equal(
            ["callqueue.callback_dtmf_required", "callqueue.callback_prompt_required", "callqueue.callback_email_required", "callqueue.callback_threshold_required"],
            Codes(Minimal with { IsCallbackEnabled = true }));

    [Fact]
    public void Validate_CallbackAutomaticKey_IsRefused()
    {
        var callback = new CallbackSettings(DtmfTone.Automatic, Prompt.Text("Press"), TestFacts.Group, CallsInQueue: 5);

        Assert.Equal(["callqueue.callback_dtmf_required"], Codes(Minimal with { IsCallbackEnabled = true, Callback = callback }));
    }

    [Theory]
    [InlineData(0, null, null, false)]
    [InlineData(1, null, null, true)]
    [InlineData(null, 0, null, false)]
    [InlineData(null, 1, null, true)]
    [InlineData(null, null, 0.5, false)]
    [InlineData(null, null, 1.0, true)]
    public void Validate_CallbackThresholds_AtLeastOne(int? wait, int? calls, double? ratio, bool valid)
    {
        var callback = new CallbackSettings(DtmfTone.Tone9, Prompt.Text("Press 9"), TestFacts.Group, wait, calls, ratio);

        Assert.Equal(valid, Codes(Minimal with { IsCallbackEnabled = true, Callback = callback }).Length == 0);
    }

    [Theory]
    [InlineData(2, RoutingMethod.Serial, true, new string[0])]
    [InlineData(3, RoutingMethod.Serial, true, new[] { "callqueue.too_many_compliance_templates" })]
    [InlineData(1, RoutingMethod.Attendant, true, new[] { "callqueue.compliance_conference_attendant" })]
    [InlineData(1, RoutingMethod.Attendant, false, new string[0])]
    [InlineData(0, RoutingMethod.Attendant, true, new string[0])]
    public void Validate_ComplianceRecording_AtMostTwo_AndNotWithConferenceAndAttendant(int templates, RoutingMethod routing, bool conference, string[] expected)
    {
        var ids = Enumerable.Range(0, templates).Select(i => $"template-{i}").ToArray();

        Assert.Equal(expected, Codes(Minimal with { ComplianceRecordingTemplateIds = ids, RoutingMethod = routing, ConferenceMode = conference }));
    }

    [Fact]
    public void Validate_SharedCallHistory_NeedsConferenceModeAndNoChannel()
    {
        var history = Minimal with { SharedCallQueueHistoryTemplateId = "history-1" };

        Assert.Empty(Codes(history));
        Assert.Equal(["callqueue.history_needs_conference_no_channel"], Codes(history with { ConferenceMode = false }));
        Assert.Equal(["callqueue.history_needs_conference_no_channel"], Codes(history with { Channel = new ChannelLink(TestFacts.Group, "19:x@thread", TestFacts.Licensed) }));
    }

    [Fact]
    public void Validate_SeveralMistakes_AreAllReportedAtOnce()
    {
        var settings = Minimal with { Name = "", AgentAlertTime = 5, OverflowThreshold = 500, UseDefaultMusicOnHold = false };

        Assert.Equal(["voiceapp.name_required", "voiceapp.out_of_range", "callqueue.music_on_hold_one_of", "voiceapp.out_of_range"], Codes(settings));
    }
}
