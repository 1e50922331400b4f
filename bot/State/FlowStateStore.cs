using ChatPhone.Bot.Turns;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ChatPhone.Bot.State;

/// <summary>
/// Loads and saves <see cref="FlowState"/> keyed by (conversation, user): in a channel one admin's
/// pending question never captures another person's message. Saves are skipped when nothing changed.
/// </summary>
public sealed class FlowStateStore(IStorage storage, ILogger<FlowStateStore> logger)
{
    private static readonly string EmptySnapshot = Snapshot(new FlowState());

    /// <summary>The state of this person in this conversation (a fresh one when none or stale).</summary>
    public async Task<FlowState> LoadAsync(TurnIdentity identity, CancellationToken cancellationToken)
    {
        var key = Key(identity);
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
        await storage.WriteAsync(new Dictionary<string, object> { [Key(identity)] = state }, cancellationToken);
        state.LoadedSnapshot = Snapshot(state);
    }

    private static string Key(TurnIdentity identity) =>
        RedisBotStorage.Key(identity.Tenant, $"flow/{identity.ConversationId}/{identity.Actor.UserId}");

    private static string Snapshot(FlowState state) =>
        JsonConvert.SerializeObject(new { state.SchemaVersion, state.Language, state.PendingFlow, state.Slots });
}
