using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>The conferencing bridge in words: its detail facts and its numbers (the plan's lines: <see cref="BridgeChanges"/>; its form: <see cref="BridgeForm"/>).</summary>
internal static class BridgeView
{
    /// <summary>
    /// Every setting of the bridge and of the tenant's conferencing: name, country, the numbers on invites (toll and
    /// toll-free), providers, each number (with its languages), the settings callers notice and the invite customisation.
    /// </summary>
    public static IReadOnlyList<Fact> Facts(BridgeState state, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var bridge = state.Bridge;
        var invite = settings.Invite;
        var facts = new List<Fact>
        {
            new(T("SvcObj_BridgeName"), bridge.Name),
            new(T("SvcObj_BridgeCountry"), bridge.Country),
            new(T("SvcObj_BridgeDefault"), bridge.DefaultNumber ?? T("SvcObj_None")),
            new(T("Conf2_TollFreeOnInvites"), bridge.DefaultTollFreeNumber ?? T("SvcObj_None")),
            new(T("Conf2_Providers"), Providers(organizers, language)),
        };
        facts.AddRange(NumberFacts(state, language));
        facts.AddRange(
        [
            new(T("SvcObj_PinLength"), T("SvcObj_Digits", settings.PinLength)),
            new(T("SvcObj_Announcements"), settings.EnableEntryExitNotifications
                ? T("SvcObj_AnnouncementsOn_" + settings.EntryExitAnnouncementsType) : T("SvcObj_Off")),
            new(T("SvcObj_NameRecording"), OnOff(settings.EnableNameRecording, language)),
            new(T("SvcObj_Emails"), OnOff(settings.AutomaticallySendEmailsToUsers, language)),
            new(T("SvcObj_PstnOnly"), OnOff(settings.AllowPstnOnlyMeetingsByDefault, language)),
            new(T("SvcObj_Masking"), T("SvcObj_Masking_" + settings.MaskPstnNumbersType)),
            new(T("Conf2_ReplaceAcp"), OnOff(settings.AutomaticallyReplaceAcpProvider, language)),
            new(T("Conf2_InviteHelp"), invite?.HelpUrl ?? T("SvcObj_None")),
            new(T("Conf2_InviteLegal"), invite?.LegalUrl ?? T("SvcObj_None")),
            new(T("Conf2_InviteFooter"), invite?.FooterText ?? T("SvcObj_None")),
            new(T("Conf2_InviteLogo"), invite?.LogoUrl ?? T("SvcObj_None")),
            new(T("SvcObj_EnabledAt"), bridge.EnabledAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ]);
        return facts;
    }

    /// <summary>How many organizers each provider serves ("Microsoft: 3 organizers").</summary>
    public static string Providers(IReadOnlyList<OrganizerSettings> organizers, Language language)
    {
        var counts = organizers.GroupBy(o => o.Provider).OrderBy(g => g.Key).ToArray();
        return counts.Length == 0
            ? BotText.Get(language, "Conf2_ProvidersNone")
            : string.Join(", ", counts.Select(g => BotText.Get(language, g.Count() == 1 ? "Conf2_ProviderCount_One" : "Conf2_ProviderCount",
                BotText.Get(language, "Conf2_Provider_" + g.Key), g.Count())));
    }

    /// <summary>One fact per dial-in number: its kind, shared or dedicated, city, languages and use.</summary>
    public static IEnumerable<Fact> NumberFacts(BridgeState state, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        return state.Numbers.OrderByDescending(n => n.IsBridgeDefault).ThenBy(n => n.Number.Number, StringComparer.Ordinal).Select(n =>
        {
            var parts = new List<string>
            {
                T(n.Number.Kind == DialInKind.TollFree ? "SvcObj_TollFree" : "SvcObj_Toll"),
                T(n.Number.Shared ? "SvcObj_Shared" : "SvcObj_Dedicated"),
            };
            if (n.Number.City is { Length: > 0 } city)
            {
                parts.Add(city);
            }

            if (n.Number.Languages is { } languages)
            {
                parts.Add(T("SvcObj_Languages", BridgeLanguageNames.Display(languages, language)));
            }

            if (n.IsBridgeDefault)
            {
                parts.Add(T("SvcObj_IsDefault"));
            }

            if (n.OrganizerDefaults > 0)
            {
                parts.Add(T("SvcObj_UsedBy", n.OrganizerDefaults));
            }

            return new Fact(T("SvcObj_DialIn", n.Number.Number), string.Join(" · ", parts));
        });
    }

    /// <summary>Organizers the list card names; the others are counted in a note.</summary>
    public const int MaxOrganizersShown = 50;

    /// <summary>One fact per organizer (by name): provider, toll and toll-free numbers on their invites.</summary>
    public static IReadOnlyList<Fact> OrganizerFacts(IReadOnlyList<OrganizerSettings> organizers, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        return organizers.Select(o => (Name: names.GetValueOrDefault(o.UserId, o.UserId), Organizer: o))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxOrganizersShown)
            .Select(o => new Fact(o.Name, string.Join(" · ",
                T("Conf2_Provider_" + o.Organizer.Provider),
                T("Conf2_OrganizerToll", o.Organizer.TollNumber ?? T("SvcObj_None")),
                T("Conf2_OrganizerTollFree", o.Organizer.TollFreeNumber ?? T("SvcObj_None")))))
            .ToArray();
    }

    public static string OnOff(bool on, Language language) => BotText.Get(language, on ? "SvcObj_On" : "SvcObj_Off");

    public static InputChoiceSet OnOffInput(string id, string label, bool value, Language language) =>
        new(id, label, [new Choice(OnOff(true, language), "true"), new Choice(OnOff(false, language), "false")]) { Selected = [value ? "true" : "false"] };
}
