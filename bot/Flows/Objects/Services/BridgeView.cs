using System.Globalization;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>The conferencing bridge in words: its detail facts, its numbers, the plan's old → new lines, and its edit form.</summary>
internal static class BridgeView
{
    /// <summary>Every setting of the bridge and the tenant's conferencing settings, one fact each.</summary>
    public static IReadOnlyList<Fact> Facts(BridgeState state, ConferencingSettings settings, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var bridge = state.Bridge;
        var facts = new List<Fact>
        {
            new(T("SvcObj_BridgeName"), bridge.Name),
            new(T("SvcObj_BridgeCountry"), bridge.Country),
            new(T("SvcObj_BridgeDefault"), bridge.DefaultNumber ?? T("SvcObj_None")),
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
            new(T("SvcObj_EnabledAt"), bridge.EnabledAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ]);
        return facts;
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
                parts.Add(T("SvcObj_Languages", string.Join(", ", languages.Secondary.Prepend(languages.Primary))));
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

    /// <summary>The plan's lines, old → new.</summary>
    public static IReadOnlyList<Fact> Changes(ConferenceBridge bridge, ConferencingSettings settings, BridgeEdit edit, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var facts = new List<Fact>();
        if (edit.Name is { } name)
        {
            facts.Add(new(T("SvcObj_BridgeName"), $"{bridge.Name} → {name}"));
        }

        if (edit.AddNumber is { } add)
        {
            facts.Add(new(T("SvcObj_Added"), add));
        }

        if (edit.DefaultNumber is { } number)
        {
            facts.Add(new(T("SvcObj_BridgeDefault"), $"{bridge.DefaultNumber ?? T("SvcObj_None")} → {number}"));
        }

        if (edit.RemoveNumber is { } remove)
        {
            facts.Add(new(T("SvcObj_Unassigned"), remove));
        }

        if (edit.PinLength is { } pin)
        {
            facts.Add(new(T("SvcObj_PinLength"), $"{T("SvcObj_Digits", settings.PinLength)} → {T("SvcObj_Digits", pin)}"));
        }

        if (edit.Announcements is { } on)
        {
            facts.Add(new(T("SvcObj_Announcements"), $"{OnOff(settings.EnableEntryExitNotifications, language)} → {OnOff(on, language)}"));
        }

        if (edit.NameRecording is { } record)
        {
            facts.Add(new(T("SvcObj_NameRecording"), $"{OnOff(settings.EnableNameRecording, language)} → {OnOff(record, language)}"));
        }

        return facts;
    }

    /// <summary>The edit form, prefilled; <paramref name="free"/> are the inventory's unassigned conference numbers.</summary>
    public static AdaptiveCard Form(ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<PhoneNumber> free, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var toll = bridge.Numbers.Where(n => n.Kind == DialInKind.Toll).Select(n => new Choice(n.Number, n.Number)).ToArray();
        var removable = bridge.Numbers.Where(n => !n.Shared && n.Number != bridge.DefaultNumber).Select(n => new Choice(n.Number, n.Number)).ToArray();
        var submit = new CardAction(T("SvcObj_Submit"), EditBridgePayload.Verb,
            CardPayloads.Write(new EditBridgePayload(BridgeEdit.Fingerprint(bridge, settings)))) { Primary = true };
        var body = new List<CardElement>
        {
            new TextBlock(T("SvcObj_BridgeEditTitle", bridge.Name)) { Size = TextSize.Medium, Bolder = true },
            new InputText(ServiceObjectEditFields.BridgeName, T("SvcObj_BridgeName")) { Value = bridge.Name, MaxLength = 64, IsRequired = true, ErrorMessage = T("SvcObj_NameError") },
            new InputChoiceSet(ServiceObjectEditFields.BridgeDefault, T("SvcObj_BridgeDefault"), toll) { Selected = bridge.DefaultNumber is { } d ? [d] : [] },
            new InputChoiceSet(ServiceObjectEditFields.BridgeAdd, T("SvcObj_AddNumber"), free.Take(50).Select(n => new Choice(n.Number, n.Number)).ToArray()) { Placeholder = T("SvcObj_NoneChosen") },
            new InputChoiceSet(ServiceObjectEditFields.BridgeRemove, T("SvcObj_RemoveNumber"), removable) { Placeholder = T("SvcObj_NoneChosen") },
            new InputNumber(ServiceObjectEditFields.PinLength, T("SvcObj_PinLength")) { Value = settings.PinLength, Min = ConferencingRules.MinPinLength, Max = ConferencingRules.MaxPinLength },
            OnOffInput(ServiceObjectEditFields.Announcements, T("SvcObj_Announcements"), settings.EnableEntryExitNotifications, language),
            OnOffInput(ServiceObjectEditFields.NameRecording, T("SvcObj_NameRecording"), settings.EnableNameRecording, language),
            new ActionSet([submit]),
        };
        return new AdaptiveCard(body, []);
    }

    /// <summary>What the submitted form asks (only what differs matters: the planner compares).</summary>
    public static Result<BridgeEdit> Read(JsonElement data)
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

        var announce = FormInputs.Bool(data, ServiceObjectEditFields.Announcements);
        var record = FormInputs.Bool(data, ServiceObjectEditFields.NameRecording);
        if (!announce.IsSuccess || !record.IsSuccess)
        {
            return new Error("form.invalid_field", announce.IsSuccess ? ServiceObjectEditFields.NameRecording : ServiceObjectEditFields.Announcements);
        }

        return new BridgeEdit
        {
            Name = FormInputs.Text(data, ServiceObjectEditFields.BridgeName),
            DefaultNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeDefault),
            AddNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeAdd),
            RemoveNumber = FormInputs.Text(data, ServiceObjectEditFields.BridgeRemove),
            PinLength = pinLength,
            Announcements = announce.Value,
            NameRecording = record.Value,
        };
    }

    public static string OnOff(bool on, Language language) => BotText.Get(language, on ? "SvcObj_On" : "SvcObj_Off");

    public static InputChoiceSet OnOffInput(string id, string label, bool value, Language language) =>
        new(id, label, [new Choice(OnOff(true, language), "true"), new Choice(OnOff(false, language), "false")]) { Selected = [value ? "true" : "false"] };
}
