using System.Globalization;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The conferencing edit form, prefilled with every setting, and what its submit asks. The submit is only a wish: the
/// handler re-reads everything, checks the role and the rules, and plans the differences exactly like a sentence.
/// </summary>
internal static class BridgeForm
{
    /// <summary>Dedicated numbers whose languages the form offers (the others: by sentence).</summary>
    public const int MaxLanguageInputs = 10;

    private const string TollFree = "conf2TollFree";
    private const string AnnouncementType = "conf2AnnouncementType";
    private const string Emails = "conf2Emails";
    private const string PstnOnly = "conf2PstnOnly";
    private const string Masking = "conf2Masking";
    private const string ReplaceAcp = "conf2ReplaceAcp";
    private const string MoveOrganizers = "conf2MoveOrganizers";
    private const string HelpUrl = "conf2HelpUrl";
    private const string LegalUrl = "conf2LegalUrl";
    private const string FooterText = "conf2Footer";
    private const string LogoUrl = "conf2LogoUrl";
    private const string LanguagesPrefix = "conf2Lang";
    private const string NoneValue = "none";

    /// <summary>The edit form; <paramref name="free"/> are the inventory's unassigned conference numbers.</summary>
    public static AdaptiveCard Form(ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers,
        IReadOnlyList<PhoneNumber> free, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        Choice[] Numbers(DialInKind kind) => bridge.Numbers.Where(n => n.Kind == kind).Select(n => new Choice(n.Number, n.Number)).ToArray();
        var removable = bridge.Numbers.Where(n => !n.Shared && n.Number != bridge.DefaultNumber).Select(n => new Choice(n.Number, n.Number)).ToArray();
        var invite = settings.Invite;
        var submit = new CardAction(T("SvcObj_Submit"), EditBridgePayload.Verb,
            CardPayloads.Write(new EditBridgePayload(BridgeEdit.Fingerprint(bridge, settings, organizers)))) { Primary = true };
        var body = new List<CardElement>
        {
            new TextBlock(T("SvcObj_BridgeEditTitle", bridge.Name)) { Size = TextSize.Medium, Bolder = true },
            new InputText(ServiceObjectEditFields.BridgeName, T("SvcObj_BridgeName")) { Value = bridge.Name, MaxLength = 64, IsRequired = true, ErrorMessage = T("SvcObj_NameError") },
            new InputChoiceSet(ServiceObjectEditFields.BridgeDefault, T("SvcObj_BridgeDefault"), Numbers(DialInKind.Toll)) { Selected = bridge.DefaultNumber is { } d ? [d] : [] },
            OnOffInput(MoveOrganizers, T("Conf2_MoveOrganizersField"), true, language),
            new InputChoiceSet(TollFree, T("Conf2_TollFreeOnInvites"), [new Choice(T("SvcObj_None"), NoneValue), .. Numbers(DialInKind.TollFree)])
            {
                Selected = [bridge.DefaultTollFreeNumber ?? NoneValue],
            },
            new InputChoiceSet(ServiceObjectEditFields.BridgeAdd, T("SvcObj_AddNumber"), free.Take(50).Select(n => new Choice(n.Number, n.Number)).ToArray()) { Placeholder = T("SvcObj_NoneChosen") },
            new InputChoiceSet(ServiceObjectEditFields.BridgeRemove, T("SvcObj_RemoveNumber"), removable) { Placeholder = T("SvcObj_NoneChosen") },
        };
        foreach (var entry in bridge.Numbers.Where(n => !n.Shared).Take(MaxLanguageInputs))
        {
            body.Add(new InputText(LanguagesPrefix + Digits(entry.Number), T("Conf2_LanguagesOf", entry.Number))
            {
                Value = entry.Languages is { } l ? string.Join(", ", l.Secondary.Prepend(l.Primary)) : string.Empty,
                Placeholder = T("Conf2_LanguagesPlaceholder"),
                MaxLength = 200,
            });
        }

        body.AddRange(
        [
            new InputNumber(ServiceObjectEditFields.PinLength, T("SvcObj_PinLength")) { Value = settings.PinLength, Min = ConferencingRules.MinPinLength, Max = ConferencingRules.MaxPinLength },
            BridgeView.OnOffInput(ServiceObjectEditFields.Announcements, T("SvcObj_Announcements"), settings.EnableEntryExitNotifications, language),
            Choices(AnnouncementType, T("Conf2_AnnouncementType"), Enum.GetValues<EntryExitAnnouncementsType>(), settings.EntryExitAnnouncementsType, "Conf2_Announce_", language),
            BridgeView.OnOffInput(ServiceObjectEditFields.NameRecording, T("SvcObj_NameRecording"), settings.EnableNameRecording, language),
            BridgeView.OnOffInput(Emails, T("SvcObj_Emails"), settings.AutomaticallySendEmailsToUsers, language),
            BridgeView.OnOffInput(PstnOnly, T("SvcObj_PstnOnly"), settings.AllowPstnOnlyMeetingsByDefault, language),
            Choices(Masking, T("SvcObj_Masking"), Enum.GetValues<MaskPstnNumbersType>(), settings.MaskPstnNumbersType, "SvcObj_Masking_", language),
            BridgeView.OnOffInput(ReplaceAcp, T("Conf2_ReplaceAcp"), settings.AutomaticallyReplaceAcpProvider, language),
            new InputText(HelpUrl, T("Conf2_InviteHelp")) { Value = invite?.HelpUrl, Placeholder = "https://", MaxLength = ConferencingRules.MaxUrlLength },
            new InputText(LegalUrl, T("Conf2_InviteLegal")) { Value = invite?.LegalUrl, Placeholder = "https://", MaxLength = ConferencingRules.MaxUrlLength },
            new InputText(FooterText, T("Conf2_InviteFooter")) { Value = invite?.FooterText, MaxLength = ConferencingRules.MaxFooterLength, IsMultiline = true },
            new InputText(LogoUrl, T("Conf2_InviteLogo")) { Value = invite?.LogoUrl, Placeholder = "https://", MaxLength = ConferencingRules.MaxUrlLength },
            new ActionSet([submit]),
        ]);
        return new AdaptiveCard(body, []);
    }

    /// <summary>What the submitted form asks (only what differs matters: the planner compares).</summary>
    public static Result<BridgeEdit> Read(JsonElement data, ConferenceBridge bridge)
    {
        var pin = FormInputs.Text(data, ServiceObjectEditFields.PinLength);
        int? pinLength = null;
        if (pin is not null)
        {
            if (!int.TryParse(pin, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return new Error("form.invalid_field", ServiceObjectEditFields.PinLength);
            }

            pinLength = value;
        }

        var switches = new[] { ServiceObjectEditFields.Announcements, ServiceObjectEditFields.NameRecording, Emails, PstnOnly, ReplaceAcp, MoveOrganizers }
            .ToDictionary(id => id, id => FormInputs.Bool(data, id));
        if (switches.FirstOrDefault(s => !s.Value.IsSuccess) is { Key: { } wrong })
        {
            return new Error("form.invalid_field", wrong);
        }

        var type = Parsed<EntryExitAnnouncementsType>(data, AnnouncementType);
        var masking = Parsed<MaskPstnNumbersType>(data, Masking);
        if (!type.IsSuccess || !masking.IsSuccess)
        {
            return new Error("form.invalid_field", type.IsSuccess ? Masking : AnnouncementType);
        }

        var tollFree = FormInputs.Text(data, TollFree);
        return new BridgeEdit
        {
            Name = FormInputs.Text(data, ServiceObjectEditFields.BridgeName),
            DefaultNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeDefault),
            MoveOrganizers = switches[MoveOrganizers].Value,
            TollFreeDefault = tollFree is NoneValue ? null : tollFree,
            ClearTollFreeDefault = tollFree is NoneValue,
            AddNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeAdd),
            RemoveNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeRemove),
            Languages = Languages(data, bridge),
            PinLength = pinLength,
            Announcements = switches[ServiceObjectEditFields.Announcements].Value,
            AnnouncementType = type.Value,
            NameRecording = switches[ServiceObjectEditFields.NameRecording].Value,
            Emails = switches[Emails].Value,
            PstnOnly = switches[PstnOnly].Value,
            Masking = masking.Value,
            ReplaceAcp = switches[ReplaceAcp].Value,
            HelpUrl = Present(data, HelpUrl),
            LegalUrl = Present(data, LegalUrl),
            FooterText = Present(data, FooterText),
            LogoUrl = Present(data, LogoUrl),
        };
    }

    // The languages typed for each dedicated number the form offered (names or culture ids, in order; empty: the defaults).
    private static NumberLanguagesEdit[] Languages(JsonElement data, ConferenceBridge bridge) =>
        bridge.Numbers.Where(n => !n.Shared).Take(MaxLanguageInputs)
            .Where(n => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(LanguagesPrefix + Digits(n.Number), out _))
            .Select(n => (n.Number, Text: FormInputs.Text(data, LanguagesPrefix + Digits(n.Number))))
            .Select(n => (n.Number, n.Text, Chosen: BridgeLanguageNames.Read(n.Text ?? string.Empty)))
            .Select(n => new NumberLanguagesEdit(n.Number,
                n.Chosen.Count > 0 ? new NumberLanguages(n.Chosen[0], n.Chosen.Skip(1).ToArray())
                : n.Text is { } unknown ? new NumberLanguages(unknown, []) // core's rule names what it does not know
                : null))
            .ToArray();

    // A text field that was sent: its trimmed text, empty when cleared; null when the form did not send it.
    private static string? Present(JsonElement data, string id) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(id, out _) ? FormInputs.Text(data, id) ?? string.Empty : null;

    private static Result<T?> Parsed<T>(JsonElement data, string id)
        where T : struct, System.Enum =>
        FormInputs.Text(data, id) is not { } text ? Result<T?>.Ok(null)
        : System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) ? Result<T?>.Ok(value)
        : new Error("form.invalid_field", id);

    private static InputChoiceSet Choices<T>(string id, string label, T[] values, T selected, string prefix, Language language)
        where T : struct, System.Enum =>
        new(id, label, values.Select(v => new Choice(BotText.Get(language, prefix + v), v.ToString())).ToArray()) { Selected = [selected.ToString()] };

    private static InputChoiceSet OnOffInput(string id, string label, bool value, Language language) => BridgeView.OnOffInput(id, label, value, language);

    private static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());
}
