using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>
    /// Enables audio conferencing (needs an Audio Conferencing or E5 subscription): creates the bridge with
    /// the shared numbers of the country, the first one as default. Enabling again changes nothing.
    /// </summary>
    public Task<Result<ConferenceBridge>> EnableAsync(EnableConferencing command, CancellationToken cancellationToken = default)
    {
        var country = command.Country?.Trim().ToUpperInvariant() ?? string.Empty;
        var invalid = IsoCountries.IsValid(country) ? null : new Error("conferencing.country_invalid", command.Country ?? string.Empty);
        var bridgeId = Guid.NewGuid().ToString("N");
        return RunAsync(command, AuditActions.Conferencing.Enable, invalid,
            reads => ReadBridge(reads).All(LicensingCollections.Subscriptions),
            context =>
            {
                if (context.Find(ConferencingCollections.Bridge, ConferenceBridge.DocumentId) is { } existing)
                {
                    return existing;
                }

                if (!context.All(LicensingCollections.Subscriptions).Values.Any(s => s.Sku.GivesAudioConferencing() && s.Purchased > 0))
                {
                    return new Error("conferencing.no_subscription");
                }

                var shared = SharedConferencingNumbers.For(country);
                var bridge = new ConferenceBridge(bridgeId, ConferenceBridge.DefaultName, country, shared, shared.FirstOrDefault()?.Number, context.Now);
                context.Put(ConferencingCollections.Bridge, ConferenceBridge.DocumentId, bridge);
                return bridge;
            },
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    /// <summary>Renames the bridge (1–64 characters).</summary>
    public Task<Result<ConferenceBridge>> RenameBridgeAsync(RenameBridge command, CancellationToken cancellationToken = default)
    {
        var name = ConferencingRules.BridgeName(command.Name);
        return RunAsync(command, AuditActions.Conferencing.BridgeRename, name.Error,
            reads => ReadBridge(reads),
            context =>
            {
                var bridge = Bridge(context);
                return bridge.IsSuccess ? PutBridge(context, bridge.Value with { Name = name.Value }) : bridge;
            },
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    /// <summary>
    /// Puts a number of the inventory on the bridge: it must be a conference service number (never a
    /// user, call queue or auto attendant number), unassigned and not blocked; toll-free needs credits.
    /// With <see cref="AssignBridgeNumber.MakeDefault"/> a toll number also becomes the bridge default.
    /// </summary>
    public Task<Result<ConferenceBridge>> AssignNumberAsync(AssignBridgeNumber command, CancellationToken cancellationToken = default)
    {
        var number = ParseNumber(command.Number);
        return RunAsync(command, AuditActions.Conferencing.BridgeAssignNumber, number.Error,
            reads => ReadCredits(ReadBridge(reads)).One(NumberCollections.Numbers, number.Value),
            context => Bridge(context) is { IsSuccess: true } bridge ? Put(context, Assign(context, bridge.Value, number.Value, command.MakeDefault)) : Bridge(context),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    /// <summary>Makes a toll number already on the bridge its default (toll-free never); organizers keep theirs.</summary>
    public Task<Result<ConferenceBridge>> SetDefaultAsync(SetBridgeDefault command, CancellationToken cancellationToken = default)
    {
        var number = ParseNumber(command.Number);
        return RunAsync(command, AuditActions.Conferencing.BridgeSetDefault, number.Error,
            reads => ReadBridge(reads),
            context => Bridge(context) is { IsSuccess: true } bridge ? Put(context, WithDefault(bridge.Value, number.Value)) : Bridge(context),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    /// <summary>
    /// Takes a dedicated number off the bridge and frees it in the inventory. Refused for shared numbers,
    /// for the bridge default and while any organizer has it as a default (move them first).
    /// </summary>
    public Task<Result<ConferenceBridge>> UnassignNumberAsync(UnassignBridgeNumber command, CancellationToken cancellationToken = default)
    {
        var number = ParseNumber(command.Number);
        return RunAsync(command, AuditActions.Conferencing.BridgeUnassignNumber, number.Error,
            reads => ReadBridge(reads).One(NumberCollections.Numbers, number.Value).All(ConferencingCollections.Organizers),
            context => Bridge(context) is { IsSuccess: true } bridge ? Put(context, Unassign(context, bridge.Value, number.Value)) : Bridge(context),
            ConferencingJson.Default.ConferenceBridge, cancellationToken);
    }

    // The bridge with the number on it; the number's own document is written here, the bridge by the caller.
    private static Result<ConferenceBridge> Assign(CommandContext context, ConferenceBridge bridge, string number, bool makeDefault)
    {
        if (bridge.Find(number) is not null)
        {
            return new Error("conferencing.bridge.already_on_bridge", number);
        }

        if (context.Find(NumberCollections.Numbers, number) is not { } phone)
        {
            return new Error("conferencing.number_not_found", number);
        }

        if (!phone.Type.IsConference())
        {
            return new Error("conferencing.bridge.not_conference_number", number, phone.Type);
        }

        if (phone.Assignment is { } assignment)
        {
            return new Error("conferencing.number_assigned", number, assignment.Target);
        }

        if (phone.IsBlocked(context.Now))
        {
            return new Error("conferencing.number_blocked", number);
        }

        var tollFree = phone.Type.IsTollFree();
        if (tollFree && makeDefault)
        {
            return new Error("conferencing.bridge.toll_free_default", number);
        }

        if (tollFree && !HasCredits(context))
        {
            return new Error("conferencing.credits_required", number);
        }

        context.Put(NumberCollections.Numbers, number, phone with
        {
            Assignment = new NumberAssignment(AssignmentTarget.ConferenceBridge, bridge.Id, AssignmentCategory.Primary, context.Now),
        });
        var next = bridge.With(new BridgeNumber(number, phone.Type, Shared: false, phone.City));
        return makeDefault ? next with { DefaultNumber = number } : next;
    }

    // The bridge with a toll number it holds as its default.
    private static Result<ConferenceBridge> WithDefault(ConferenceBridge bridge, string number) =>
        bridge.Find(number) is not { } entry ? new Error("conferencing.bridge.not_on_bridge", number)
        : entry.Kind == DialInKind.TollFree ? new Error("conferencing.bridge.toll_free_default", number)
        : bridge with { DefaultNumber = number };

    // The bridge without a dedicated number; the number's own document is freed here, the bridge written by the caller.
    private static Result<ConferenceBridge> Unassign(CommandContext context, ConferenceBridge bridge, string number) =>
        Unassign(context, bridge, number, context.All(ConferencingCollections.Organizers).Values);

    // The same, checked against the organizers as an edit has left them so far.
    private static Result<ConferenceBridge> Unassign(CommandContext context, ConferenceBridge bridge, string number, IEnumerable<OrganizerSettings> organizers)
    {
        var found = DedicatedNumber(bridge, number, "conferencing.bridge.shared_number");
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var entry = found.Value.Entry;
        if (bridge.DefaultNumber == number)
        {
            return new Error("conferencing.bridge.number_is_default", number);
        }

        if (bridge.DefaultTollFreeNumber == number)
        {
            return new Error("conferencing.bridge.number_is_toll_free_default", number);
        }

        var users = organizers.Count(o => o.TollNumber == number || o.TollFreeNumber == number);
        if (users > 0)
        {
            return new Error("conferencing.bridge.number_in_use", number, users, entry.Kind);
        }

        if (context.Find(NumberCollections.Numbers, number) is { Assignment.Target: AssignmentTarget.ConferenceBridge } phone)
        {
            context.Put(NumberCollections.Numbers, number, phone with { Assignment = null });
        }

        return bridge.Without(number);
    }

    private static Result<ConferenceBridge> PutBridge(CommandContext context, ConferenceBridge bridge)
    {
        context.Put(ConferencingCollections.Bridge, ConferenceBridge.DocumentId, bridge);
        return bridge;
    }

    private static Result<ConferenceBridge> Put(CommandContext context, Result<ConferenceBridge> bridge) =>
        bridge.IsSuccess ? PutBridge(context, bridge.Value) : bridge;
}
