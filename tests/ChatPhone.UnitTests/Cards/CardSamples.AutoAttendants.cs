using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using CardFact = ChatPhone.Cards.AdaptiveCards.Fact;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The auto attendant and holiday cards: lists, detail, edit forms, with typical and oversized data.</summary>
internal static partial class CardSamples
{
    private static readonly string LongName = new('N', 64);

    private static IEnumerable<(string Name, AdaptiveCard Card)> AutoAttendantSamples(Language language)
    {
        CardAction Show(string id) => ObjectButtons.Create("Show", IntentKind.ShowObject, ObjectKind.AutoAttendant, id);
        yield return ("AutoAttendants", AutoAttendantsCard.Build(
        [
            new AutoAttendantSummary("Main line", "Pacific Standard Time", "en-US", "Monday–Friday 09:00–17:00", ["+12065550100"], Show("aa-1")),
            new AutoAttendantSummary("Accueil", "Romance Standard Time", "fr-FR", "Open 24/7", [], Show("aa-2")),
        ], language));
        yield return ("AutoAttendantsMany", AutoAttendantsCard.Build(Enumerable.Range(1, 300).Select(i => new AutoAttendantSummary(
            $"{LongName} {i}", "Central European Standard Time", "en-US", string.Join("; ", Enumerable.Range(0, 7).Select(d => $"Day {d} 08:00–12:00, 13:00–17:30")),
            Enumerable.Range(0, 30).Select(n => $"+1206555{n:0000}").ToArray(), Show(Guid.NewGuid().ToString()))).ToArray(), language));
        yield return ("AutoAttendantsEmpty", AutoAttendantsCard.Build([], language));
        yield return ("Holidays", HolidaysCard.Build([new HolidaySummary("Christmas", ["Friday, December 25, 2026"], ["Main line"], Show("aa-1:christmas"))], language));
        yield return ("HolidaysMany", HolidaysCard.Build(Enumerable.Range(1, 400).Select(i => new HolidaySummary(
            $"{LongName} {i}", Enumerable.Range(1, 10).Select(d => $"Thursday, December {d}, 2026 to Saturday, December {d + 2}, 2026").ToArray(),
            [LongName], Show($"aa-1:{i}"))).ToArray(), language));
        yield return ("HolidaysEmpty", HolidaysCard.Build([], language));
        yield return ("AutoAttendantEditForm", AutoAttendantEditForm.Build(
            new AutoAttendantFormValues("aa-1", "Main line", "Pacific Standard Time", "en-US", "09:00", "17:00", [DayOfWeek.Monday, DayOfWeek.Friday]),
            SupportedTimeZones.Ids, [.. SupportedLanguages.SpeechRecognition, .. SupportedLanguages.TextToSpeechOnly], language));
        yield return ("HolidayEditForm", HolidayEditForm.Build(new HolidayFormValues("aa-1:christmas", "Christmas", "2026-12-25", "2026-12-26"), language));
        yield return ("AutoAttendantDetailFull", DetailCard.Build(new DetailSummary("Auto attendant " + LongName, FullAttendantFacts(language),
            [ObjectButtons.Create("Edit", IntentKind.ChangeObject, ObjectKind.AutoAttendant, "aa-1"), ObjectButtons.Create("Remove", IntentKind.RemoveObject, ObjectKind.AutoAttendant, "aa-1")])
        {
            Notes = ["It cannot be removed while resource accounts are linked to it."],
        }, language));
        foreach (var sample in AutoAttendantMenuSamples(language))
        {
            yield return sample;
        }
    }

    // An attendant with everything set, as long as the rules allow: menus of ten options, twenty holidays of ten ranges.
    private static IReadOnlyList<CardFact> FullAttendantFacts(Language language)
    {
        var greeting = Prompt.Text(new string('g', 1000));
        var options = Enumerable.Range(0, 10).Select(i => new MenuOption((DtmfTone)i, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.User, $"user-{i}"))).ToArray();
        var flow = new CallFlow("Business hours", greeting, new Menu("Main", greeting, options, DirectorySearchMethod.ByName));
        var holidays = Enumerable.Range(1, 20).Select(h => new Holiday($"{LongName[..60]} {h}",
            Enumerable.Range(1, 10).Select(d => new DateTimeRange(new DateTime(2026, h % 12 + 1, d), new DateTime(2026, h % 12 + 1, d + 1))).ToArray(),
            HolidayAction.Redirect, greeting, new CallableEntity(CallableEntityType.ExternalPstn, "tel:+12065550100"))).ToArray();
        var settings = new AutoAttendantSettings
        {
            Name = LongName,
            LanguageId = "en-US",
            TimeZoneId = "Pacific Standard Time",
            DefaultFlow = flow,
            AfterHoursFlow = flow with { Name = "After hours" },
            Holidays = holidays,
            Operator = new CallableEntity(CallableEntityType.User, "user-0"),
            DialScope = new DialScope(Enumerable.Range(0, 20).Select(g => Guid.NewGuid().ToString()).ToArray(), []),
        };
        var names = Enumerable.Range(0, 10).ToDictionary(i => $"user-{i}", i => $"Person number {i} of Contoso Pharmaceuticals");
        var accounts = Enumerable.Range(0, 5)
            .Select(i => new ResourceAccount($"ra-{i}", $"{LongName}{i}@contoso.com", "RA", ResourceAccountKind.AutoAttendant, null, "+12065550100", "aa-1", 3, Now))
            .ToArray();
        return new AutoAttendantDetails(names, language).Facts(new AutoAttendant("aa-1", settings, Now, Now), accounts);
    }
}
