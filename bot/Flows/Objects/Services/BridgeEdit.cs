using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// What one change of audio conferencing sets (null: unchanged), from a sentence (<see cref="BridgeSentence"/>) or the
/// edit form: the bridge (name, default toll number, the toll-free number on every organizer's invites, numbers put on
/// or taken off, the languages of dedicated numbers), the tenant settings, the invite customisation (an empty text
/// clears a field) and single organizers (provider, numbers on their invites). It travels in the plan's slots as JSON.
/// </summary>
internal sealed record BridgeEdit
{
    private static readonly NumberLanguagesEdit[] NoLanguages = [];
    private static readonly OrganizerEdit[] NoOrganizers = [];

    public string? Name { get; init; }

    public string? DefaultNumber { get; init; }

    /// <summary>Whether organizers who had the old default toll number get the new one (null: the planner decides).</summary>
    public bool? MoveOrganizers { get; init; }

    public string? AddNumber { get; init; }

    public string? RemoveNumber { get; init; }

    /// <summary>The toll-free number on every organizer's invites.</summary>
    public string? TollFreeDefault { get; init; }

    public bool ClearTollFreeDefault { get; init; }

    /// <summary>Languages per dedicated number (null languages: back to the country's defaults).</summary>
    public IReadOnlyList<NumberLanguagesEdit> Languages { get; init; } = NoLanguages;

    /// <summary>Set when languages were asked without saying of which number, and the bridge has several dedicated ones.</summary>
    public bool LanguagesWithoutNumber { get; init; }

    public string? HelpUrl { get; init; }

    public string? LegalUrl { get; init; }

    public string? FooterText { get; init; }

    public string? LogoUrl { get; init; }

    public int? PinLength { get; init; }

    public bool? Announcements { get; init; }

    public EntryExitAnnouncementsType? AnnouncementType { get; init; }

    public bool? NameRecording { get; init; }

    public bool? Emails { get; init; }

    public bool? PstnOnly { get; init; }

    public MaskPstnNumbersType? Masking { get; init; }

    public bool? ReplaceAcp { get; init; }

    /// <summary>Set when a third-party provider was asked (refused for Teams users, whoever it is for).</summary>
    public bool ThirdPartyProvider { get; init; }

    public IReadOnlyList<OrganizerEdit> Organizers { get; init; } = NoOrganizers;

    /// <summary>The number whose organizers move to <see cref="MoveTo"/> ("move the organizers from … to …"); the bridge default stays.</summary>
    public string? MoveFrom { get; init; }

    /// <summary>The bridge number the organizers of <see cref="MoveFrom"/> get instead.</summary>
    public string? MoveTo { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Languages.Count == 0 && Organizers.Count == 0 && this with { Languages = NoLanguages, Organizers = NoOrganizers } == new BridgeEdit();

    [JsonIgnore]
    public bool ChangesSettings =>
        PinLength is not null || Announcements is not null || AnnouncementType is not null || NameRecording is not null || Emails is not null
        || PstnOnly is not null || Masking is not null || ReplaceAcp is not null;

    [JsonIgnore]
    public bool ChangesInvite => HelpUrl is not null || LegalUrl is not null || FooterText is not null || LogoUrl is not null;

    /// <summary>Core's command for this edit, one atomic change of the bridge, its settings and its organizers.</summary>
    public EditBridge ToCommand(Actor actor, IdempotencyKey key, ConferencingSettings settings) => new(
        actor, key, Name, AddNumber, DefaultNumber, RemoveNumber,
        ChangesSettings
            ? new UpdateConferencingSettings(actor, key, PinLength, Announcements, AnnouncementType, NameRecording,
                Emails, AllowPstnOnlyMeetingsByDefault: PstnOnly, MaskPstnNumbersType: Masking, AutomaticallyReplaceAcpProvider: ReplaceAcp)
            : null,
        TollFreeDefault, ClearTollFreeDefault, MoveOrganizers == true,
        Languages.Count > 0 ? Languages : null,
        ChangesInvite ? BridgePlanRules.Invite(this, settings).Value : null,
        Organizers.Count > 0 ? Organizers : null);

    /// <summary>Only what differs from conferencing as it is.</summary>
    public BridgeEdit Against(ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers)
    {
        var invite = settings.Invite;
        T? Changed<T>(T? asked, T current)
            where T : struct => asked is { } value && !EqualityComparer<T>.Default.Equals(value, current) ? value : null;
        string? Text(string? asked, string? current) => asked is null || asked == (current ?? string.Empty) ? null : asked;
        return this with
        {
            Name = Name is { } name && name != bridge.Name ? name : null,
            DefaultNumber = DefaultNumber is { } number && number != bridge.DefaultNumber ? number : null,
            MoveOrganizers = DefaultNumber is { } moved && moved != bridge.DefaultNumber ? MoveOrganizers : null,
            AddNumber = AddNumber is { } add && bridge.Find(add) is null ? add : null,
            RemoveNumber = RemoveNumber is { } remove && bridge.Find(remove) is not null ? remove : null,
            TollFreeDefault = TollFreeDefault is { } free && free != bridge.DefaultTollFreeNumber ? free : null,
            ClearTollFreeDefault = ClearTollFreeDefault && bridge.DefaultTollFreeNumber is not null,
            Languages = Languages.Where(l => bridge.Find(l.Number) is not { } entry || !Same(entry.Languages, l.Languages)).ToArray(),
            HelpUrl = Text(HelpUrl, invite?.HelpUrl),
            LegalUrl = Text(LegalUrl, invite?.LegalUrl),
            FooterText = Text(FooterText, invite?.FooterText),
            LogoUrl = Text(LogoUrl, invite?.LogoUrl),
            PinLength = Changed(PinLength, settings.PinLength),
            Announcements = Changed(Announcements, settings.EnableEntryExitNotifications),
            AnnouncementType = Changed(AnnouncementType, settings.EntryExitAnnouncementsType),
            NameRecording = Changed(NameRecording, settings.EnableNameRecording),
            Emails = Changed(Emails, settings.AutomaticallySendEmailsToUsers),
            PstnOnly = Changed(PstnOnly, settings.AllowPstnOnlyMeetingsByDefault),
            Masking = Changed(Masking, settings.MaskPstnNumbersType),
            ReplaceAcp = Changed(ReplaceAcp, settings.AutomaticallyReplaceAcpProvider),
            Organizers = Organizers.Select(o => Against(o, organizers)).OfType<OrganizerEdit>().ToArray(),
        };
    }

    /// <summary>
    /// A short hash of everything an edit is planned against (the bridge, every tenant setting and every organizer): a
    /// plan confirmed after any of it changed is refused.
    /// </summary>
    public static string Fingerprint(ConferenceBridge bridge, ConferencingSettings settings, IReadOnlyList<OrganizerSettings> organizers)
    {
        var text = new StringBuilder()
            .Append(bridge.Name).Append('|').Append(bridge.DefaultNumber).Append('|').Append(bridge.DefaultTollFreeNumber).Append('|')
            .AppendJoin(',', bridge.Numbers.OrderBy(n => n.Number, StringComparer.Ordinal)
                .Select(n => n.Number + (n.Languages is { } l ? ":" + string.Join('/', l.Secondary.Prepend(l.Primary)) : string.Empty)))
            .Append('|').Append(settings)
            .Append('|').AppendJoin(',', organizers.OrderBy(o => o.UserId, StringComparer.Ordinal)
                .Select(o => $"{o.UserId}:{o.Provider}:{o.TollNumber}:{o.TollFreeNumber}"))
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    public string Write() => JsonSerializer.Serialize(this, BridgeEditJson.Default.BridgeEdit);

    public static BridgeEdit Read(string? text) =>
        text is null ? new BridgeEdit() : JsonSerializer.Deserialize(text, BridgeEditJson.Default.BridgeEdit) ?? new BridgeEdit();

    private static bool Same(NumberLanguages? current, NumberLanguages? asked) =>
        (current is null && asked is null)
        || (current is not null && asked is not null && current.Primary == asked.Primary && current.Secondary.SequenceEqual(asked.Secondary));

    private static OrganizerEdit? Against(OrganizerEdit asked, IReadOnlyList<OrganizerSettings> organizers)
    {
        if (organizers.FirstOrDefault(o => o.UserId == asked.UserId.Value) is not { } current)
        {
            // Not an organizer: kept, so the plan refuses it with core's reason.
            return asked;
        }

        var edit = new OrganizerEdit(asked.UserId,
            asked.Provider is { } provider && provider != current.Provider ? provider : null,
            asked.TollNumber is { } toll && toll != current.TollNumber ? toll : null,
            asked.TollFreeNumber is { } free && free != current.TollFreeNumber ? free : null);
        return edit is { Provider: null, TollNumber: null, TollFreeNumber: null } ? null : edit;
    }
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BridgeEdit))]
internal sealed partial class BridgeEditJson : JsonSerializerContext;
