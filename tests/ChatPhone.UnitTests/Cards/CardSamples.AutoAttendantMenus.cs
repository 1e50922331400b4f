using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The menu builder of an auto attendant: every key set with the longest targets and greetings, and an attendant open 24/7.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> AutoAttendantMenuSamples(Language language)
    {
        MenuFormFlow Full(string action) => new(new string('G', 1000),
            Enumerable.Range(0, 10).Select(k => new MenuFormKey(k, AutoAttendantMenuForm.Actions[k % AutoAttendantMenuForm.Actions.Count] == "none" ? action : AutoAttendantMenuForm.Actions[k % AutoAttendantMenuForm.Actions.Count], new string('T', 200))).ToArray());
        yield return ("AutoAttendantMenuFormFull", AutoAttendantMenuForm.Build(new AutoAttendantMenuFormValues("aa-1", new string('N', 64), Full("queue"), Full("person")), language));
        yield return ("AutoAttendantMenuFormAllWeek", AutoAttendantMenuForm.Build(
            new AutoAttendantMenuFormValues("aa-2", "Accueil", new MenuFormFlow("Bienvenue", [new MenuFormKey(1, "queue", "Ventes"), new MenuFormKey(0, "operator", string.Empty)]), null), language));
    }
}
