using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>
    /// Applies an <see cref="EditBridge"/> as one change: every part is checked against the bridge and the organizers as
    /// the parts before left them, and the first refusal leaves everything as it was. Input that is wrong on its face
    /// (a name, a PIN length, a number, a language, a link, a third-party provider) is refused before anything is read.
    /// </summary>
    public Task<Result<ConferenceBridge>> EditBridgeAsync(EditBridge command, CancellationToken cancellationToken = default)
    {
        var numbers = NumbersOf(command).Select(ParseNumber).ToArray();
        var invalid = numbers.Where(n => !n.IsSuccess).Select(n => n.Error).FirstOrDefault() ?? Invalid(command);
        return RunAsync(command, AuditActions.Conferencing.BridgeEdit, invalid,
            reads =>
            {
                ReadCredits(ReadBridge(reads)).One(ConferencingCollections.Settings, ConferencingSettings.Id).All(ConferencingCollections.Organizers);
                foreach (var number in numbers.Where(n => n.IsSuccess))
                {
                    reads.One(NumberCollections.Numbers, number.Value);
                }
            },
            context => Edit(context, command),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    private static IEnumerable<string> NumbersOf(EditBridge command) =>
        new[] { command.AddNumber, command.DefaultNumber, command.RemoveNumber, command.DefaultTollFreeNumber }
            .Concat((command.Languages ?? []).Select(l => l.Number))
            .Concat((command.Organizers ?? []).SelectMany(o => new[] { o.TollNumber, o.TollFreeNumber }))
            .OfType<string>();

    private static Error? Invalid(EditBridge command)
    {
        var name = command.Name is null ? null : ConferencingRules.BridgeName(command.Name).Error;
        var pin = command.Settings?.PinLength is { } length ? ConferencingRules.PinLength(length).Error : null;
        var languages = (command.Languages ?? []).Select(l => l.Languages is { } chosen ? ConferencingRules.Languages(chosen.Primary, chosen.Secondary).Error : null);
        var invite = command.Invite is { } customization ? ConferencingRules.Invite(customization).Error : null;
        var provider = (command.Organizers ?? []).Any(o => o.Provider == ConferencingProvider.ThirdParty)
            ? new Error("conferencing.provider.third_party_not_for_teams")
            : null;
        return name ?? pin ?? languages.OfType<Error>().FirstOrDefault() ?? invite ?? provider;
    }

    private static Result<ConferenceBridge> Edit(CommandContext context, EditBridge command)
    {
        string? Parsed(string? text) => text is null ? null : ParseNumber(text).Value;
        var bridge = Bridge(context);
        var organizers = context.All(ConferencingCollections.Organizers).Values.ToDictionary(o => o.UserId, StringComparer.Ordinal);
        if (bridge.IsSuccess && command.Name is not null)
        {
            bridge = bridge.Value with { Name = ConferencingRules.BridgeName(command.Name).Value };
        }

        if (bridge.IsSuccess && Parsed(command.AddNumber) is { } add)
        {
            bridge = Assign(context, bridge.Value, add, makeDefault: Parsed(command.DefaultNumber) == add);
        }

        var oldDefault = Bridge(context) is { IsSuccess: true } read ? read.Value.DefaultNumber : null;
        if (bridge.IsSuccess && Parsed(command.DefaultNumber) is { } number && number != Parsed(command.AddNumber))
        {
            bridge = WithDefault(bridge.Value, number);
        }

        if (bridge.IsSuccess && command.MoveOrganizers && oldDefault is not null && bridge.Value.DefaultNumber is { } newDefault && newDefault != oldDefault)
        {
            Update(organizers, o => o.TollNumber == oldDefault, o => o with { TollNumber = newDefault });
        }

        if (bridge.IsSuccess)
        {
            bridge = TollFreeDefault(context, bridge.Value, Parsed(command.DefaultTollFreeNumber), command.ClearTollFreeDefault, organizers);
        }

        foreach (var languages in command.Languages ?? [])
        {
            bridge = bridge.IsSuccess ? WithLanguages(bridge.Value, Parsed(languages.Number)!, languages.Languages) : bridge;
        }

        if (bridge.IsSuccess && Parsed(command.RemoveNumber) is { } remove)
        {
            bridge = Unassign(context, bridge.Value, remove, organizers.Values);
        }

        foreach (var change in command.Organizers ?? [])
        {
            var edited = bridge.IsSuccess ? EditOrganizer(context, bridge.Value, organizers, change) : null;
            bridge = edited is { } refusal ? refusal : bridge;
        }

        if (!bridge.IsSuccess)
        {
            return bridge;
        }

        SaveOrganizers(context, organizers.Values);
        if (command.Settings is not null || command.Invite is not null)
        {
            var settings = command.Settings is { } update ? Apply(update, Current(context)) : Current(context);
            var invite = command.Invite is { } customization ? ConferencingRules.Invite(customization).Value : settings.Invite;
            Save(context, settings with { Invite = invite is null || IsEmpty(invite) ? null : invite });
        }

        return PutBridge(context, bridge.Value);
    }

    // The toll-free number on every organizer's invites, new ones included: a toll-free bridge number (credits needed).
    private static Result<ConferenceBridge> TollFreeDefault(
        CommandContext context, ConferenceBridge bridge, string? number, bool clear, Dictionary<string, OrganizerSettings> organizers)
    {
        if (number is not null && number != bridge.DefaultTollFreeNumber)
        {
            var candidate = DefaultCandidate(context, bridge, number, DialInKind.TollFree);
            if (!candidate.IsSuccess)
            {
                return candidate.Error;
            }

            Update(organizers, _ => true, o => o with { TollFreeNumber = number });
            return bridge with { DefaultTollFreeNumber = number };
        }

        if (number is null && clear && bridge.DefaultTollFreeNumber is { } old)
        {
            Update(organizers, o => o.TollFreeNumber == old, o => o with { TollFreeNumber = null });
            return bridge with { DefaultTollFreeNumber = null };
        }

        return bridge;
    }

    private static Result<ConferenceBridge> WithLanguages(ConferenceBridge bridge, string number, NumberLanguages? languages)
    {
        var found = DedicatedNumber(bridge, number, "conferencing.languages.shared_number");
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var canonical = languages is null ? null : ConferencingRules.Languages(languages.Primary, languages.Secondary).Value;
        return bridge.With(found.Value.Entry with { Languages = canonical });
    }

    // Null when the change is allowed (and recorded in organizers), else the refusal.
    private static Error? EditOrganizer(CommandContext context, ConferenceBridge bridge, Dictionary<string, OrganizerSettings> organizers, OrganizerEdit change)
    {
        if (!organizers.TryGetValue(change.UserId.Value, out var organizer))
        {
            return new Error("conferencing.organizer.not_enabled", change.UserId);
        }

        foreach (var (kind, text) in new[] { (DialInKind.Toll, change.TollNumber), (DialInKind.TollFree, change.TollFreeNumber) })
        {
            if (text is not null)
            {
                var number = ParseNumber(text).Value;
                var candidate = DefaultCandidate(context, bridge, number, kind);
                if (!candidate.IsSuccess)
                {
                    return candidate.Error;
                }

                organizer = organizer.WithDefault(kind, number);
            }
        }

        organizers[organizer.UserId] = change.Provider is { } provider ? organizer with { Provider = provider } : organizer;
        return null;
    }

    private static void Update(Dictionary<string, OrganizerSettings> organizers, Func<OrganizerSettings, bool> which, Func<OrganizerSettings, OrganizerSettings> change)
    {
        foreach (var organizer in organizers.Values.Where(which).ToArray())
        {
            organizers[organizer.UserId] = change(organizer);
        }
    }

    // Writes only the organizers the edit changed, so the audit names no one it left alone.
    private static void SaveOrganizers(CommandContext context, IEnumerable<OrganizerSettings> organizers)
    {
        foreach (var organizer in organizers)
        {
            if (context.Find(ConferencingCollections.Organizers, organizer.UserId) != organizer)
            {
                context.Put(ConferencingCollections.Organizers, organizer.UserId, organizer);
            }
        }
    }
}
