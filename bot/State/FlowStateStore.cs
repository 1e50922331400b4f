using ChatPhone.Bot.Turns;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ChatPhone.Bot.State;

/// <summary>
/// Loads and saves <see cref="FlowState"/> keyed by (conversation, user): in a channel one admin's
/// pending question never captures another person's message. Saves are skipped when nothing changed; each save
/// gives the state <see cref="BotStateOptions.FlowStateDays"/> more days, so an abandoned conversation's state goes.
/// </summary>
public sealed class FlowStateStore(IStorage storage, IOptions<BotStateOptions> options, ILogger<FlowStateStore> logger)
{
    private static readonly string EmptySnapshot = Snapshot(new FlowState());

    /// <summary>The state of this person in this conversation (a fresh one when none or stale).</summary>
    public Task<FlowState> LoadAsync(TurnIdentity identity, CancellationToken cancellationToken) =>
        LoadAsync(Key(identity), cancellationToken);

    /// <summary>
    /// Starts reading the state of <paramref name="origin"/>'s sender before their identity is looked up; the turn
    /// uses it when the looked-up person is that sender (see <see cref="TurnCommitter"/>).
    /// </summary>
    public PrefetchedFlowState Prefetch(ActivityOrigin origin, CancellationToken cancellationToken)
    {
        var key = Key(origin.Tenant, origin.ConversationId, origin.UserId);
        return new PrefetchedFlowState(key, LoadAsync(key, cancellationToken));
    }

    /// <summary>The prefetched state when it is the one <paramref name="identity"/>'s turn needs; else a fresh load.</summary>
    public Task<FlowState> LoadAsync(TurnIdentity identity, PrefetchedFlowState? prefetched, CancellationToken cancellationToken) =>
        prefetched is not null && prefetched.Key == Key(identity) ? prefetched.State : LoadAsync(identity, cancellationToken);

    private async Task<FlowState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        FlowState? state = null;
        try
        {
            var items = await storage.ReadAsync([key], cancellationToken);
            state = items.TryGetValue(key, out var item) ? item as FlowState : null;
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Unreadable flow state {Key}; starting over", key);
        }

        if (state is { SchemaVersion: not FlowState.CurrentSchemaVersion })
        {
            logger.LogInformation("Flow state {Key} has schema {Version}; starting over", key, state.SchemaVersion);
            state = new FlowState { ETag = state.ETag, WasReset = true };
        }

        state ??= new FlowState();
        state.LoadedSnapshot = Snapshot(state);
        return state;
    }

    /// <summary>Saves the state if it changed since it was loaded; throws <see cref="EtagConflictException"/> on a conflict.</summary>
    public async Task SaveAsync(TurnIdentity identity, FlowState state, CancellationToken cancellationToken)
    {
        if (Snapshot(state) == (state.LoadedSnapshot ?? EmptySnapshot) && !state.WasReset)
        {
            return;
        }

        state.WasReset = false;
        state.TimeToLive = options.Value.FlowStateLifetime;
        await storage.WriteAsync(new Dictionary<string, object> { [Key(identity)] = state }, cancellationToken);
        state.LoadedSnapshot = Snapshot(state);
    }

    private static string Key(TurnIdentity identity) => Key(identity.Tenant, identity.ConversationId, identity.Actor.UserId);

    private static string Key(TenantId tenant, string conversationId, string userId) =>
        BotStateKeys.For(tenant, BotStateKeys.Flow(conversationId, userId));

    private static string Snapshot(FlowState state) =>
        JsonConvert.SerializeObject(new { state.SchemaVersion, state.Language, state.PendingFlow, state.Slots });
}

/// <summary>A flow state read started early, under the storage key it was read from.</summary>
public sealed record PrefetchedFlowState(string Key, Task<FlowState> State);
