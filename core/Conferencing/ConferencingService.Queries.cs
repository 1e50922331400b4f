using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>The tenant conferencing settings (defaults when never changed). Helpdesk and admins.</summary>
    public async Task<Result<ConferencingSettings>> GetSettingsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(ConferencingCollections.Settings, ConferencingSettings.Id), cancellationToken);
        return snapshot.Find(ConferencingCollections.Settings, ConferencingSettings.Id) ?? ConferencingSettings.Defaults;
    }

    /// <summary>The bridge with its numbers, its default, and how many organizers use each number as a default.</summary>
    public async Task<Result<BridgeState>> GetBridgeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => ReadBridge(reads).All(ConferencingCollections.Organizers), cancellationToken);
        if (snapshot.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId) is not { } bridge)
        {
            return new Error("conferencing.not_enabled");
        }

        var organizers = snapshot.All(ConferencingCollections.Organizers).Values.ToArray();
        var numbers = bridge.Numbers
            .Select(n => new BridgeNumberState(n, n.Number == bridge.DefaultNumber, organizers.Count(o => o.DefaultOf(n.Kind) == n.Number)))
            .ToArray();
        return new BridgeState(bridge, numbers);
    }

    /// <summary>One organizer's dial-in settings.</summary>
    public async Task<Result<OrganizerSettings>> GetOrganizerAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var id = userId.Trim().ToLowerInvariant();
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.One(ConferencingCollections.Organizers, id), cancellationToken);
        return snapshot.Find(ConferencingCollections.Organizers, id) is { } organizer
            ? organizer
            : new Error("conferencing.organizer.not_enabled", userId);
    }

    /// <summary>Every organizer enabled for dial-in, by user id.</summary>
    public async Task<Result<IReadOnlyList<OrganizerSettings>>> ListOrganizersAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => reads.All(ConferencingCollections.Organizers), cancellationToken);
        return snapshot.All(ConferencingCollections.Organizers).Values.OrderBy(o => o.UserId, StringComparer.Ordinal).ToArray();
    }
}
