using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;

namespace ChatPhone.UnitTests.Cards;

/// <summary>Conferencing in full: a plan changing everything at once, and the organizers' list, with oversized data.</summary>
internal static partial class CardSamples
{
    // Every invite field at its longest (links at the longest the rules allow would be absurd; long is enough).
    private static readonly InviteCustomization LongInvite = new(
        "https://contoso.example/help/" + new string('h', 200), "https://contoso.example/legal/" + new string('l', 200),
        new string('F', ConferencingRules.MaxFooterLength), "https://contoso.example/logo/" + new string('g', 200) + ".png");

    private static IEnumerable<(string Name, AdaptiveCard Card)> ConferencingSamples(Language language)
    {
        var state = Bridge(40);
        var organizers = Organizers(300);
        var names = organizers.ToDictionary(o => o.UserId, o => "Organizer " + o.UserId + " of Contoso Pharmaceuticals");
        var edit = new BridgeEdit
        {
            Name = new string('N', 64),
            DefaultNumber = state.Bridge.Numbers[1].Number,
            MoveOrganizers = true,
            TollFreeDefault = state.Bridge.Numbers[2].Number,
            Languages = state.Bridge.Numbers.Take(10).Select(n => new NumberLanguagesEdit(n.Number, new NumberLanguages("en-GB", ["fr-CA", "es-MX", "zh-TW", "nb-NO"]))).ToArray(),
            HelpUrl = LongInvite.HelpUrl,
            LegalUrl = LongInvite.LegalUrl,
            FooterText = LongInvite.FooterText,
            LogoUrl = LongInvite.LogoUrl,
            PinLength = 12,
            Announcements = false,
            AnnouncementType = EntryExitAnnouncementsType.ToneOnly,
            NameRecording = false,
            Emails = false,
            PstnOnly = true,
            Masking = MaskPstnNumbersType.NoMasking,
            ReplaceAcp = true,
            Organizers = organizers.Take(20).Select(o => new OrganizerEdit(UserId.Parse(o.UserId), ConferencingProvider.Microsoft, state.Bridge.Numbers[1].Number, state.Bridge.Numbers[2].Number)).ToArray(),
        };
        var lines = BridgeChanges.Lines(state.Bridge, ConferencingSettings.Defaults, organizers, edit, names, language);
        yield return ("ConferencingPlanEverything", PlanCard.Build(new PlanSummary("plan-1", "Change the conferencing bridge " + state.Bridge.Name, lines), "key-1", language));
        yield return ("ConferencingOrganizers", DetailCard.Build(new DetailSummary("Conferencing organizers (300)", BridgeView.OrganizerFacts(organizers, names, language),
            [ObjectButtons.Create("Show", IntentKind.ShowObject, ObjectKind.ConferenceBridge, state.Bridge.Id)]) { Notes = ["Only the first 50 are listed."] }, language));
    }

    private static OrganizerSettings[] Organizers(int count) =>
        Enumerable.Range(1, count).Select(i => new OrganizerSettings($"user-{i:000}", i % 7 == 0 ? ConferencingProvider.ThirdParty : ConferencingProvider.Microsoft,
            "+13125550001", i % 2 == 0 ? "+18005550100" : null, true, false, Now)).ToArray();
}
