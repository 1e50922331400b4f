using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>The plan's lines of a conferencing edit, old → new, in the person's language.</summary>
internal static class BridgeChanges
{
    /// <summary>One line per change; <paramref name="names"/> gives organizers' display names by user id.</summary>
    public static IReadOnlyList<Fact> Lines(
        ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers, BridgeEdit edit,
        IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        string None(string? value) => string.IsNullOrEmpty(value) ? T("SvcObj_None") : value;
        string OnOff(bool on) => BridgeView.OnOff(on, language);
        var facts = new List<Fact>();
        void Line(string label, string from, string to) => facts.Add(new(label, $"{from} → {to}"));
        if (edit.Name is { } name)
        {
            Line(T("SvcObj_BridgeName"), bridge.Name, name);
        }

        if (edit.AddNumber is { } add)
        {
            facts.Add(new(T("SvcObj_Added"), add));
        }

        if (edit.DefaultNumber is { } number)
        {
            Line(T("SvcObj_BridgeDefault"), None(bridge.DefaultNumber), number);
            var moved = organizers.Count(o => o.TollNumber == bridge.DefaultNumber && bridge.DefaultNumber is not null);
            if (moved > 0)
            {
                facts.Add(new(T("Conf2_OrganizersOnOldDefault"), T(edit.MoveOrganizers == true ? (moved == 1 ? "Conf2_OrganizersMoved_One" : "Conf2_OrganizersMoved") : (moved == 1 ? "Conf2_OrganizersKept_One" : "Conf2_OrganizersKept"), moved, number, bridge.DefaultNumber!)));
            }
        }

        if (edit.TollFreeDefault is { } free)
        {
            Line(T("Conf2_TollFreeOnInvites"), None(bridge.DefaultTollFreeNumber), free);
            facts.Add(new(T("Conf2_OrganizersUpdated"), T(organizers.Count == 1 ? "Conf2_EveryOrganizer_One" : "Conf2_EveryOrganizer", organizers.Count)));
        }
        else if (edit.ClearTollFreeDefault)
        {
            Line(T("Conf2_TollFreeOnInvites"), None(bridge.DefaultTollFreeNumber), T("SvcObj_None"));
        }

        foreach (var languages in edit.Languages)
        {
            var current = bridge.Find(languages.Number)?.Languages;
            Line(T("Conf2_LanguagesOf", languages.Number),
                current is null ? T("Conf2_CountryDefaults") : BridgeLanguageNames.Display(current, language),
                languages.Languages is null ? T("Conf2_CountryDefaults") : BridgeLanguageNames.Display(languages.Languages, language));
        }

        if (edit.RemoveNumber is { } remove)
        {
            facts.Add(new(T("SvcObj_Unassigned"), remove));
        }

        if (edit.PinLength is { } pin)
        {
            Line(T("SvcObj_PinLength"), T("SvcObj_Digits", settings.PinLength), T("SvcObj_Digits", pin));
        }

        if (edit.Announcements is { } on)
        {
            Line(T("SvcObj_Announcements"), OnOff(settings.EnableEntryExitNotifications), OnOff(on));
        }

        if (edit.AnnouncementType is { } type)
        {
            Line(T("Conf2_AnnouncementType"), T("Conf2_Announce_" + settings.EntryExitAnnouncementsType), T("Conf2_Announce_" + type));
        }

        if (edit.NameRecording is { } record)
        {
            Line(T("SvcObj_NameRecording"), OnOff(settings.EnableNameRecording), OnOff(record));
        }

        if (edit.Emails is { } emails)
        {
            Line(T("SvcObj_Emails"), OnOff(settings.AutomaticallySendEmailsToUsers), OnOff(emails));
        }

        if (edit.PstnOnly is { } pstn)
        {
            Line(T("SvcObj_PstnOnly"), OnOff(settings.AllowPstnOnlyMeetingsByDefault), OnOff(pstn));
        }

        if (edit.Masking is { } masking)
        {
            Line(T("SvcObj_Masking"), T("SvcObj_Masking_" + settings.MaskPstnNumbersType), T("SvcObj_Masking_" + masking));
        }

        if (edit.ReplaceAcp is { } replace)
        {
            Line(T("Conf2_ReplaceAcp"), OnOff(settings.AutomaticallyReplaceAcpProvider), OnOff(replace));
        }

        var invite = settings.Invite;
        foreach (var (label, from, to) in new[]
        {
            ("Conf2_InviteHelp", invite?.HelpUrl, edit.HelpUrl), ("Conf2_InviteLegal", invite?.LegalUrl, edit.LegalUrl),
            ("Conf2_InviteFooter", invite?.FooterText, edit.FooterText), ("Conf2_InviteLogo", invite?.LogoUrl, edit.LogoUrl),
        })
        {
            if (to is not null)
            {
                Line(T(label), None(from), None(to));
            }
        }

        foreach (var change in edit.Organizers)
        {
            var who = names.GetValueOrDefault(change.UserId.Value, change.UserId.Value);
            var current = organizers.FirstOrDefault(o => o.UserId == change.UserId.Value);
            if (change.Provider is { } provider)
            {
                Line(T("Conf2_ProviderOf", who), T("Conf2_Provider_" + (current?.Provider ?? ConferencingProvider.Microsoft)), T("Conf2_Provider_" + provider));
            }

            if (change.TollNumber is { } toll)
            {
                Line(T("Conf2_TollOf", who), None(current?.TollNumber), toll);
            }

            if (change.TollFreeNumber is { } tollFree)
            {
                Line(T("Conf2_TollFreeOf", who), None(current?.TollFreeNumber), tollFree);
            }
        }

        return facts;
    }
}
