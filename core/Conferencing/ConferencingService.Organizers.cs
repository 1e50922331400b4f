using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>
    /// Enables a person with an Audio Conferencing license (MCOMEETADV or E5) as an organizer: Microsoft
    /// provider, the bridge default as their toll number, PSTN-only meetings as the tenant default says.
    /// Enabling an organizer again changes nothing.
    /// </summary>
    public Task<Result<OrganizerSettings>> EnableOrganizerAsync(EnableOrganizer command, CancellationToken cancellationToken = default)
    {
        var id = command.UserId.Value;
        return RunAsync(command, AuditActions.Conferencing.OrganizerEnable, invalid: null,
            reads => ReadBridge(reads)
                .One(DirectoryCollections.People, id)
                .One(LicensingCollections.Users, id)
                .One(ConferencingCollections.Organizers, id)
                .One(ConferencingCollections.Settings, ConferencingSettings.Id),
            context =>
            {
                if (context.Find(DirectoryCollections.People, id) is not { } person)
                {
                    return new Error("directory.person_not_found", command.UserId);
                }

                if (context.Find(LicensingCollections.Users, id) is not { HasAudioConferencing: true })
                {
                    return new Error("conferencing.license_missing", person.DisplayName);
                }

                var bridge = Bridge(context);
                if (!bridge.IsSuccess)
                {
                    return bridge.Error;
                }

                if (context.Find(ConferencingCollections.Organizers, id) is { } existing)
                {
                    return existing;
                }

                var organizer = new OrganizerSettings(id, ConferencingProvider.Microsoft, bridge.Value.DefaultNumber, bridge.Value.DefaultTollFreeNumber,
                    AllowTollFreeDialIn: true, Current(context).AllowPstnOnlyMeetingsByDefault, context.Now);
                return PutOrganizer(context, organizer);
            },
            ConferencingJson.Default.OrganizerSettings, cancellationToken);
    }

    /// <summary>Stops a person organizing meetings with dial-in; their settings are removed.</summary>
    public Task<Result<OrganizerSettings>> DisableOrganizerAsync(DisableOrganizer command, CancellationToken cancellationToken = default)
    {
        var id = command.UserId.Value;
        return RunAsync(command, AuditActions.Conferencing.OrganizerDisable, invalid: null,
            reads => reads.One(ConferencingCollections.Organizers, id),
            context =>
            {
                if (context.Find(ConferencingCollections.Organizers, id) is not { } organizer)
                {
                    return new Error("conferencing.organizer.not_enabled", command.UserId);
                }

                context.Delete(ConferencingCollections.Organizers, id);
                return organizer;
            },
            ConferencingJson.Default.OrganizerSettings, cancellationToken);
    }

    /// <summary>Sets an organizer's provider: only Microsoft, because every ChatPhone user is a Teams user.</summary>
    public Task<Result<OrganizerSettings>> SetProviderAsync(SetOrganizerProvider command, CancellationToken cancellationToken = default)
    {
        var id = command.UserId.Value;
        var invalid = command.Provider == ConferencingProvider.Microsoft ? null : new Error("conferencing.provider.third_party_not_for_teams");
        return RunAsync(command, AuditActions.Conferencing.OrganizerProvider, invalid,
            reads => reads.One(ConferencingCollections.Organizers, id),
            context =>
            {
                var organizer = Organizer(context, id);
                return !organizer.IsSuccess || organizer.Value.Provider == command.Provider
                    ? organizer
                    : PutOrganizer(context, organizer.Value with { Provider = command.Provider });
            },
            ConferencingJson.Default.OrganizerSettings, cancellationToken);
    }

    /// <summary>
    /// Sets the toll or toll-free number on an organizer's invites (null clears it). It must be on the
    /// bridge and of that kind; a toll-free one needs a positive Communications Credits balance.
    /// </summary>
    public Task<Result<OrganizerSettings>> SetOrganizerNumberAsync(SetOrganizerDefaultNumber command, CancellationToken cancellationToken = default)
    {
        var id = command.UserId.Value;
        var number = command.Number is null ? Result<string>.Ok(string.Empty) : ParseNumber(command.Number);
        return RunAsync(command, AuditActions.Conferencing.OrganizerDefaultNumber, number.Error,
            reads => ReadCredits(ReadBridge(reads)).One(ConferencingCollections.Organizers, id),
            context =>
            {
                var organizer = Organizer(context, id);
                if (!organizer.IsSuccess)
                {
                    return organizer;
                }

                if (command.Number is null)
                {
                    return PutOrganizer(context, organizer.Value.WithDefault(command.Kind, null));
                }

                var bridge = Bridge(context);
                if (!bridge.IsSuccess)
                {
                    return bridge.Error;
                }

                var candidate = DefaultCandidate(context, bridge.Value, number.Value, command.Kind);
                return candidate.IsSuccess ? PutOrganizer(context, organizer.Value.WithDefault(command.Kind, number.Value)) : candidate.Error;
            },
            ConferencingJson.Default.OrganizerSettings, cancellationToken);
    }

    /// <summary>Allows or stops toll-free dial-in to an organizer's meetings.</summary>
    public Task<Result<OrganizerSettings>> SetTollFreeDialInAsync(SetTollFreeDialIn command, CancellationToken cancellationToken = default)
    {
        var id = command.UserId.Value;
        return RunAsync(command, AuditActions.Conferencing.OrganizerTollFreeDialIn, invalid: null,
            reads => reads.One(ConferencingCollections.Organizers, id),
            context =>
            {
                var organizer = Organizer(context, id);
                return organizer.IsSuccess ? PutOrganizer(context, organizer.Value with { AllowTollFreeDialIn = command.Allow }) : organizer;
            },
            ConferencingJson.Default.OrganizerSettings, cancellationToken);
    }

    /// <summary>
    /// Moves every organizer whose toll (or toll-free) default is <see cref="MoveOrganizerDefaults.From"/> to
    /// <see cref="MoveOrganizerDefaults.To"/>, a bridge number of the same kind, in one change: the step the
    /// reference requires before a number can leave the bridge.
    /// </summary>
    public Task<Result<OrganizerDefaultsMoved>> MoveDefaultsAsync(MoveOrganizerDefaults command, CancellationToken cancellationToken = default)
    {
        var from = ParseNumber(command.From);
        var to = ParseNumber(command.To);
        return RunAsync(command, AuditActions.Conferencing.OrganizerMoveDefaults, from.Error ?? to.Error,
            reads => ReadCredits(ReadBridge(reads)).All(ConferencingCollections.Organizers),
            context =>
            {
                var bridge = Bridge(context);
                if (!bridge.IsSuccess)
                {
                    return bridge.Error;
                }

                var candidate = DefaultCandidate(context, bridge.Value, to.Value, command.Kind);
                if (!candidate.IsSuccess)
                {
                    return candidate.Error;
                }

                var moved = context.All(ConferencingCollections.Organizers).Values
                    .Where(o => o.DefaultOf(command.Kind) == from.Value && from.Value != to.Value)
                    .OrderBy(o => o.UserId, StringComparer.Ordinal)
                    .ToArray();
                foreach (var organizer in moved)
                {
                    PutOrganizer(context, organizer.WithDefault(command.Kind, to.Value));
                }

                return new OrganizerDefaultsMoved(from.Value, to.Value, command.Kind, moved.Select(o => o.UserId).ToArray());
            },
            ConferencingJson.Default.OrganizerDefaultsMoved, cancellationToken);
    }

    private static Result<OrganizerSettings> PutOrganizer(CommandContext context, OrganizerSettings organizer)
    {
        context.Put(ConferencingCollections.Organizers, organizer.UserId, organizer);
        return organizer;
    }
}
