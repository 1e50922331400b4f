using ChatPhone.Core.AutoAttendants;
using ChatPhone.UnitTests.Core.VoiceApps;
using static ChatPhone.UnitTests.Core.AutoAttendants.Attendants;

namespace ChatPhone.UnitTests.Core.AutoAttendants;

public sealed class CallableEntityTests
{
    private static string[] OperatorCodes(CallableEntity target, string? selfId = null)
    {
        var facts = TestFacts.Tenant(
            queues: [TestFacts.Queue("q1", new ChatPhone.Core.CallQueues.CallQueueSettings { Name = "Sales" })],
            attendants: [TestFacts.Attendant("a1", Minimal)]);
        return TestFacts.Codes(Check(Minimal with { Name = "Other", Operator = target }, facts, selfId).Problems);
    }

    [Theory]
    [InlineData(CallableEntityType.User, TestFacts.Licensed, new string[0])]
    [InlineData(CallableEntityType.User, TestFacts.Unlicensed, new[] { "voiceapp.user_not_voice_enabled" })]
    [InlineData(CallableEntityType.User, "ghost", new[] { "voiceapp.user_not_found" })]
    [InlineData(CallableEntityType.ApplicationEndpoint, TestFacts.AaAccount, new string[0])]
    [InlineData(CallableEntityType.ApplicationEndpoint, "ghost", new[] { "voiceapp.target_not_found" })]
    [InlineData(CallableEntityType.ConfigurationEndpoint, "q1", new string[0])]
    [InlineData(CallableEntityType.ConfigurationEndpoint, "A1", new string[0])]
    [InlineData(CallableEntityType.ConfigurationEndpoint, "ghost", new[] { "voiceapp.target_not_found" })]
    [InlineData(CallableEntityType.ExternalPstn, "tel:+12065550100", new string[0])]
    [InlineData(CallableEntityType.ExternalPstn, "+12065550100", new[] { "voiceapp.tel_invalid" })]
    [InlineData(CallableEntityType.SharedVoicemail, TestFacts.Group, new string[0])]
    [InlineData(CallableEntityType.SharedVoicemail, "sales", new[] { "voiceapp.group_invalid" })]
    public void Validate_OperatorOfEachType_MustPointAtSomethingReal(CallableEntityType type, string id, string[] expected) =>
        Assert.Equal(expected, OperatorCodes(new CallableEntity(type, id)));

    [Fact]
    public void Validate_TransferToItself_IsRefused() =>
        Assert.Equal(["autoattendant.target_self"], OperatorCodes(new CallableEntity(CallableEntityType.ConfigurationEndpoint, "a1"), selfId: "a1"));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Validate_CallPriority_1To5(int priority, bool valid) =>
        Assert.Equal(valid, OperatorCodes(new CallableEntity(CallableEntityType.ApplicationEndpoint, TestFacts.CqAccount, priority)).Length == 0);

    [Fact]
    public void Validate_TranscriptionOnlyForSharedVoicemail()
    {
        Assert.Empty(OperatorCodes(new CallableEntity(CallableEntityType.SharedVoicemail, TestFacts.Group, EnableTranscription: true, SuppressSystemPrompt: true)));
        Assert.Equal(["voiceapp.shared_voicemail_only"], OperatorCodes(new CallableEntity(CallableEntityType.User, TestFacts.Licensed, EnableTranscription: true)));
    }
}
