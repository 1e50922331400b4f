using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.UnitTests.Core.VoiceApps;
using static ChatPhone.UnitTests.Core.AutoAttendants.Attendants;

namespace ChatPhone.UnitTests.Core.AutoAttendants;

public sealed class AutoAttendantValidatorTests
{
    [Fact]
    public void Validate_Minimal_IsValid_WithDefaultHoursAndADisconnectAfterHoursFlow()
    {
        var result = Check(Minimal);

        Assert.True(result.IsValid, string.Join(", ", TestFacts.Codes(result.Problems)));
        Assert.Equal(VoiceId.Female, result.Value.Voice);
        Assert.Same(BusinessHours.Default, result.Value.Hours);
        Assert.Equal(DirectorySearchMethod.None, result.Value.DefaultFlow.Menu.DirectorySearch);
        Assert.Equal(MenuAction.DisconnectCall, Assert.Single(result.Value.AfterHoursFlow!.Menu.Options).Action);
        Assert.Equal(["autoattendant.after_hours_defaulted"], TestFacts.Codes(result.Notes));
    }

    [Fact]
    public void DefaultHours_AreMondayToFriday9To17()
    {
        var hours = BusinessHours.Default;

        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            hours.Days.Select(d => d.Day));
        Assert.All(hours.Days, d => Assert.Equal(new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(17)), Assert.Single(d.Ranges)));
        Assert.False(hours.IsAllWeek);
        Assert.True(BusinessHours.AllWeek.IsAllWeek);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Validate_Name_AtMost64Characters(int length, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { Name = new string('a', length) }).IsValid);

    [Fact]
    public void Validate_NameOfAnotherAttendant_IgnoringCase_IsTaken()
    {
        var facts = TestFacts.Tenant(attendants: [TestFacts.Attendant("a1", Minimal)]);

        Assert.Equal(["autoattendant.name_taken"], Codes(Minimal with { Name = "MAIN LINE" }, facts));
        Assert.True(Check(Minimal, facts, selfId: "a1").IsValid);
    }

    [Theory]
    [InlineData("", "autoattendant.language_required")]
    [InlineData("xx-XX", "voiceapp.language_unsupported")]
    public void Validate_Language_IsRequiredAndSupported(string language, string code) =>
        Assert.Equal([code], Codes(Minimal with { LanguageId = language }));

    [Theory]
    [InlineData("fr-FR", true)]
    [InlineData("en-gb", true)]
    [InlineData("nl-NL", false)]
    [InlineData("pl-PL", false)]
    public void Validate_VoiceResponse_OnlyWithASpeechRecognitionLanguage(string language, bool valid) =>
        Assert.Equal(valid, Check(Minimal with { LanguageId = language, EnableVoiceResponse = true }).IsValid);

    [Fact]
    public void SupportedLanguages_TextToSpeechOnly_DoNotOverlapSpeechRecognition() =>
        Assert.Empty(SupportedLanguages.SpeechRecognition.Intersect(SupportedLanguages.TextToSpeechOnly));

    [Theory]
    [InlineData("", "autoattendant.time_zone_required")]
    [InlineData("Mars Standard Time", "autoattendant.time_zone_unsupported")]
    public void Validate_TimeZone_IsRequiredAndSupported(string zone, string code) =>
        Assert.Equal([code], Codes(Minimal with { TimeZoneId = zone }));

    [Fact]
    public void Validate_TimeZone_IsCanonicalised() =>
        Assert.Equal("Romance Standard Time", Check(Minimal with { TimeZoneId = "romance standard time" }).Value.TimeZoneId);

    [Fact]
    public void SupportedTimeZones_EveryIdResolves() =>
        Assert.All(SupportedTimeZones.Ids, id => Assert.NotNull(SupportedTimeZones.Find(id)));

    [Fact]
    public void Validate_KeysInAnyOrderWithGaps_AreFine() =>
        Assert.Empty(Codes(WithOptions(Option(DtmfTone.Tone3, MenuAction.DisconnectCall), Option(DtmfTone.Tone0, MenuAction.DisconnectCall), Option(DtmfTone.Tone1, MenuAction.DisconnectCall))));

    [Fact]
    public void Validate_SameKeyTwiceInAMenu_IsRefused() =>
        Assert.Equal(["autoattendant.dtmf_duplicate"], Codes(WithOptions(Option(DtmfTone.Tone1, MenuAction.DisconnectCall), Option(DtmfTone.Tone1, MenuAction.DisconnectCall))));

    [Theory]
    [InlineData(DtmfTone.ToneStar)]
    [InlineData(DtmfTone.TonePound)]
    public void Validate_StarAndPound_AreReserved(DtmfTone tone) =>
        Assert.Equal(["autoattendant.dtmf_reserved"], Codes(WithOptions(Option(tone, MenuAction.DisconnectCall))));

    [Fact]
    public void Validate_AutomaticOption_IsAccepted() =>
        Assert.Empty(Codes(WithOptions(Option(DtmfTone.Automatic, MenuAction.DisconnectCall))));

    [Fact]
    public void Validate_Announcement_NeedsAPrompt()
    {
        Assert.Equal(["autoattendant.announcement_prompt_required"], Codes(WithOptions(Option(DtmfTone.Tone2, MenuAction.Announcement))));
        Assert.Empty(Codes(WithOptions(new MenuOption(DtmfTone.Tone2, MenuAction.Announcement, Prompt.Text("We are open 9 to 5")))));
    }

    [Fact]
    public void Validate_TransferToOperator_NeedsAnOperator()
    {
        var settings = WithOptions(Option(DtmfTone.Tone0, MenuAction.TransferCallToOperator));

        Assert.Equal(["autoattendant.operator_required"], Codes(settings));
        Assert.Empty(Codes(settings with { Operator = new CallableEntity(CallableEntityType.User, TestFacts.Licensed) }));
    }

    [Fact]
    public void Validate_TransferToTarget_NeedsACallTarget()
    {
        Assert.Equal(["autoattendant.call_target_required"], Codes(WithOptions(Option(DtmfTone.Tone4, MenuAction.TransferCallToTarget))));
        Assert.Empty(Codes(WithOptions(new MenuOption(DtmfTone.Tone4, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, TestFacts.CqAccount)))));
    }

    [Theory]
    [InlineData(1, 64, new string[0])]
    [InlineData(1, 65, new[] { "autoattendant.voice_response_length" })]
    [InlineData(2, 5, new[] { "autoattendant.too_many_voice_responses" })]
    public void Validate_VoiceResponses_AtMostOneOfAtMost64Characters(int count, int length, string[] expected)
    {
        var responses = Enumerable.Range(0, count).Select(i => new string((char)('a' + i), length)).ToArray();

        Assert.Equal(expected, Codes(WithOptions(new MenuOption(DtmfTone.Tone1, MenuAction.DisconnectCall, VoiceResponses: responses))));
    }

    [Fact]
    public void Validate_DialByNameAndByExtension_InOneMenu_IsRefused()
    {
        var menu = Minimal.DefaultFlow.Menu with { DirectorySearch = DirectorySearchMethod.ByExtension, EnableDialByName = true };

        Assert.Contains("autoattendant.dial_by_conflict", Codes(Minimal with { DefaultFlow = Minimal.DefaultFlow with { Menu = menu } }));
    }

    [Fact]
    public void Validate_DialByNameInOneFlow_AndByExtensionInAnother_IsRefused()
    {
        var byName = Minimal.DefaultFlow with { Menu = Minimal.DefaultFlow.Menu with { DirectorySearch = DirectorySearchMethod.ByName } };
        var byExtension = Flow("After", Option(DtmfTone.Tone1, MenuAction.DisconnectCall));
        byExtension = byExtension with { Menu = byExtension.Menu with { DirectorySearch = DirectorySearchMethod.ByExtension } };

        Assert.Equal(["autoattendant.dial_by_mixed"], Codes(Minimal with { DefaultFlow = byName, AfterHoursFlow = byExtension }));
        Assert.Empty(Codes(Minimal with { DefaultFlow = byName }));
    }

    [Fact]
    public void Validate_AfterHoursFlowWhenOpen247_IsRefused()
    {
        Assert.Equal(["autoattendant.after_hours_unused"], Codes(Minimal with { Hours = BusinessHours.AllWeek, AfterHoursFlow = Flow("After") }));
        var open = Check(Minimal with { Hours = BusinessHours.AllWeek });
        Assert.True(open.IsValid);
        Assert.Null(open.Value.AfterHoursFlow);
        Assert.Empty(open.Notes);
    }

    [Fact]
    public void Validate_FlowNamesRepeated_IsRefused() =>
        Assert.Equal(["autoattendant.flow_name_duplicate"], Codes(Minimal with { AfterHoursFlow = Flow("DEFAULT") }));

    [Fact]
    public void DialScope_ExclusionWins_AndNoInclusionMeansEveryone()
    {
        var scope = new DialScope(["sales"], ["contractors"]);

        Assert.True(scope.Includes(["sales"]));
        Assert.False(scope.Includes(["sales", "contractors"]));
        Assert.False(scope.Includes(["finance"]));
        Assert.True(DialScope.Everyone.Includes([]));
        Assert.False(new DialScope([], ["contractors"]).Includes(["CONTRACTORS"]));
    }

    [Fact]
    public void Validate_DialScope_TakesGroupIds() =>
        Assert.Equal(["voiceapp.group_invalid"], Codes(Minimal with { DialScope = new DialScope([TestFacts.Group], ["contractors"]) }));
}
