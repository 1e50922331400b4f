using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The rules core applies to a conferencing edit, checked when the plan is made so a refusal comes before any card:
/// core's own rules and error codes (messages in EN and FR), against the bridge, settings and organizers as read. Core
/// checks them again when the plan is confirmed.
/// </summary>
internal static class BridgePlanRules
{
    /// <summary>The first rule <paramref name="edit"/> breaks, or null.</summary>
    public static Error? Check(
        BridgeEdit edit, ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers,
        IReadOnlyDictionary<string, string> names, bool hasCredits)
    {
        var name = edit.Name is { } text ? ConferencingRules.BridgeName(text).Error : null;
        var pin = edit.PinLength is { } length ? ConferencingRules.PinLength(length).Error : null;
        var provider = edit.ThirdPartyProvider || edit.Organizers.Any(o => o.Provider == ConferencingProvider.ThirdParty)
            ? new Error("conferencing.provider.third_party_not_for_teams")
            : null;
        return name ?? pin ?? provider
            ?? edit.Languages.Select(l => Languages(bridge, l)).OfType<Error>().FirstOrDefault()
            ?? Invite(edit, settings).Error
            ?? Default(bridge, edit)
            ?? (edit.TollFreeDefault is { } free ? Candidate(bridge, edit, free, DialInKind.TollFree, hasCredits) : null)
            ?? Remove(bridge, edit, organizers)
            ?? edit.Organizers.Select(o => Organizer(bridge, edit, organizers, names, o, hasCredits)).OfType<Error>().FirstOrDefault();
    }

    /// <summary>The invite customisation the edit leaves (the current one with the edit's fields; empty text clears), checked.</summary>
    public static Result<InviteCustomization> Invite(BridgeEdit edit, ConferencingSettings settings)
    {
        var current = settings.Invite;
        return ConferencingRules.Invite(new InviteCustomization(
            edit.HelpUrl ?? current?.HelpUrl, edit.LegalUrl ?? current?.LegalUrl, edit.FooterText ?? current?.FooterText, edit.LogoUrl ?? current?.LogoUrl));
    }

    private static Error? Languages(ConferenceBridge bridge, NumberLanguagesEdit edit) =>
        bridge.Find(edit.Number) is not { } entry ? new Error("conferencing.bridge.not_on_bridge", edit.Number)
        : entry.Shared ? new Error("conferencing.languages.shared_number", edit.Number)
        : edit.Languages is { } languages ? ConferencingRules.Languages(languages.Primary, languages.Secondary).Error
        : null;

    private static Error? Default(ConferenceBridge bridge, BridgeEdit edit) =>
        edit.DefaultNumber is not { } number || number == edit.AddNumber ? null
        : bridge.Find(number) is not { } entry ? new Error("conferencing.bridge.not_on_bridge", number)
        : entry.Kind == DialInKind.TollFree ? new Error("conferencing.bridge.toll_free_default", number)
        : null;

    private static Error? Remove(ConferenceBridge bridge, BridgeEdit edit, IReadOnlyList<OrganizerSettings> organizers)
    {
        if (edit.RemoveNumber is not { } number)
        {
            return null;
        }

        var entry = bridge.Find(number);
        var users = organizers.Count(o => o.TollNumber == number || o.TollFreeNumber == number);
        return entry is null ? new Error("conferencing.bridge.not_on_bridge", number)
            : entry.Shared ? new Error("conferencing.bridge.shared_number", number)
            : (edit.DefaultNumber ?? bridge.DefaultNumber) == number ? new Error("conferencing.bridge.number_is_default", number)
            : (edit.TollFreeDefault ?? bridge.DefaultTollFreeNumber) == number ? new Error("conferencing.bridge.number_is_toll_free_default", number)
            : users > 0 && edit.MoveOrganizers != true ? new Error("conferencing.bridge.number_in_use", number, users, entry.Kind)
            : null;
    }

    private static Error? Organizer(
        ConferenceBridge bridge, BridgeEdit edit, IReadOnlyList<OrganizerSettings> organizers, IReadOnlyDictionary<string, string> names,
        OrganizerEdit change, bool hasCredits)
    {
        if (organizers.All(o => o.UserId != change.UserId.Value))
        {
            return new Error("conferencing.organizer.not_enabled", names.GetValueOrDefault(change.UserId.Value, change.UserId.Value));
        }

        return (change.TollNumber is { } toll ? Candidate(bridge, edit, toll, DialInKind.Toll, hasCredits) : null)
            ?? (change.TollFreeNumber is { } free ? Candidate(bridge, edit, free, DialInKind.TollFree, hasCredits) : null);
    }

    // A number that may be printed on invites as the default of its kind: on the bridge (or put on by this edit), of that kind.
    private static Error? Candidate(ConferenceBridge bridge, BridgeEdit edit, string number, DialInKind kind, bool hasCredits)
    {
        if (bridge.Find(number) is not { } entry)
        {
            return number == edit.AddNumber ? (kind == DialInKind.TollFree && !hasCredits ? new Error("conferencing.credits_required", number) : null)
                : new Error("conferencing.bridge.not_on_bridge", number);
        }

        return entry.Kind != kind ? new Error("conferencing.wrong_kind", number, entry.Kind, kind)
            : kind == DialInKind.TollFree && !hasCredits ? new Error("conferencing.credits_required", number)
            : null;
    }
}
