using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>Conferencing as a plan is made against: the bridge, the tenant settings and every organizer, with their fingerprint.</summary>
internal sealed record BridgeSnapshot(BridgeState State, ConferencingSettings Settings, IReadOnlyList<OrganizerSettings> Organizers)
{
    public string Fingerprint { get; } = BridgeEdit.Fingerprint(State.Bridge, Settings, Organizers);
}

/// <summary>What the bridge handler reads: the snapshot, people's names, and the organizers' list card.</summary>
internal sealed class BridgeReads(ConferencingService conferencing, IDirectoryStore directory)
{
    public async Task ListOrganizersAsync(FlowTurn turn, BridgeState state, ObjectKind kind, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var organizers = await conferencing.ListOrganizersAsync(turn.Actor, cancellationToken);
        if (!organizers.IsSuccess)
        {
            await turn.SendTextAsync(organizers.Error.Describe(language), cancellationToken);
            return;
        }

        var names = await NamesAsync(turn, cancellationToken);
        var detail = new DetailSummary(BotText.Get(language, organizers.Value.Count == 1 ? "Conf2_OrganizersTitle_One" : "Conf2_OrganizersTitle", organizers.Value.Count),
            BridgeView.OrganizerFacts(organizers.Value, names, language),
            [ObjectButtons.Create(BotText.Get(language, "SvcObj_Show"), IntentKind.ShowObject, kind, state.Bridge.Id)])
        {
            Notes = organizers.Value.Count > BridgeView.MaxOrganizersShown ? [BotText.Get(language, "Conf2_OrganizersMore", BridgeView.MaxOrganizersShown)] : [],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        (await directory.ListAsync(turn.Actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId, p => p.DisplayName);

    // Conferencing as the plan is made against: the bridge, the tenant settings and every organizer, and their fingerprint.
    public async Task<Result<BridgeSnapshot>> ReadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var state = await conferencing.GetBridgeAsync(actor, cancellationToken);
        var settings = await conferencing.GetSettingsAsync(actor, cancellationToken);
        var organizers = await conferencing.ListOrganizersAsync(actor, cancellationToken);
        return !state.IsSuccess ? state.Error
            : !settings.IsSuccess ? settings.Error
            : !organizers.IsSuccess ? organizers.Error
            : new BridgeSnapshot(state.Value, settings.Value, organizers.Value);
    }

    public async Task<BridgeSnapshot?> LoadAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(turn.Actor, cancellationToken);
        if (read.IsSuccess)
        {
            return read.Value;
        }

        await turn.SendTextAsync(
            read.Error.Code == "conferencing.not_enabled" ? BotText.Get(turn.Language, "Objects_None_ConferenceBridge") : read.Error.Describe(turn.Language),
            cancellationToken);
        return null;
    }
}
