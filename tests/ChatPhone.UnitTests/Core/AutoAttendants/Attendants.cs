using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;
using ChatPhone.UnitTests.Core.VoiceApps;

namespace ChatPhone.UnitTests.Core.AutoAttendants;

/// <summary>Small auto attendant settings for the tests.</summary>
internal static class Attendants
{
    public static readonly AutoAttendantSettings Minimal = new()
    {
        Name = "Main line",
        LanguageId = "en-US",
        TimeZoneId = "UTC",
        DefaultFlow = Flow("Default", Option(DtmfTone.Tone1, MenuAction.DisconnectCall)),
    };

    public static CallFlow Flow(string name, params MenuOption[] options) => new(name, Prompt.Text("Welcome"), new Menu(name + " menu", null, options));

    public static MenuOption Option(DtmfTone tone, MenuAction action) => new(tone, action);

    public static AutoAttendantSettings WithOptions(params MenuOption[] options) =>
        Minimal with { DefaultFlow = Flow("Default", options) };

    public static Validated<AutoAttendantSettings> Check(AutoAttendantSettings settings, VoiceAppFacts? facts = null, string? selfId = null) =>
        AutoAttendantValidator.Validate(settings, facts ?? TestFacts.Tenant(), selfId);

    public static string[] Codes(AutoAttendantSettings settings, VoiceAppFacts? facts = null) => TestFacts.Codes(Check(settings, facts).Problems);

    public static Holiday Holiday(string name, int ranges = 1) =>
        new(name, Enumerable.Range(0, ranges).Select(i => new DateTimeRange(new DateTime(2026, 12, 1).AddDays(i))).ToArray());
}
