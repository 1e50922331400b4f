using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Commands;

/// <summary>
/// Runs every mutating command the same way: check the role, read what the command needs (one round
/// trip, with the stored result of its idempotency key), decide, then commit the changes, one audit
/// entry per changed document and the result in one conditional atomic unit. A concurrent change
/// makes the commit fail; the command then reads and decides again. Within this process a tenant's
/// commands take turns (<see cref="TenantGate"/>), so that only happens against other processes. A decision
/// that needs documents it could not name before reading (<see cref="CommandContext.ReadAlso"/>) is run
/// again on a snapshot that has them too. The setup tallies are kept here, from the changes of every command
/// (<see cref="SetupTalliesIndex.Keep"/>), and written without an audit entry of their own.
/// </summary>
public sealed class CommandRunner(ITenantStore store, IAuditLog audit, TimeProvider clock, TenantGate gate)
{
    private const int MaxAttempts = 64;

    /// <summary>
    /// Runs a mutation and returns its result, or the result of the first run of the same key by the same actor
    /// (another actor's use of the key is another request: it neither answers for nor blocks this one).
    /// </summary>
    /// <param name="command">The command (actor and idempotency key).</param>
    /// <param name="action">Stable action name for the audit trail and replay checks (<c>number.assign</c>).</param>
    /// <param name="required">The least role allowed to run it; checked here, on the server, every time.</param>
    /// <param name="reads">Declares the documents the decision needs.</param>
    /// <param name="decide">Pure decision over the snapshot: writes into the context and returns the result.</param>
    /// <param name="resultType">JSON metadata for storing the result for replays.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public async Task<Result<T>> RunAsync<T>(
        IMutation command,
        string action,
        Role required,
        Action<ReadSet> reads,
        Func<CommandContext, Result<T>> decide,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken = default)
    {
        var actor = command.Actor;
        if (actor.Role < required)
        {
            await audit.RecordAsync(actor.Tenant, Audits.Refused(actor, clock.GetUtcNow(), action, action), cancellationToken);
            return RoleError(required);
        }

        var key = RequestKey.Of(actor, command.Key);
        var readSet = new ReadSet();
        reads(readSet);
        SetupTalliesIndex.Declare(readSet);

        using var lease = await gate.EnterAsync(actor.Tenant, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (snapshot, replay) = await store.ReadAsync(actor.Tenant, readSet, key, cancellationToken);
            if (replay is not null)
            {
                ChatPhoneMetrics.CommandReplayed(action);
                return Replay(replay, action, resultType);
            }

            var context = new CommandContext(actor, clock.GetUtcNow(), snapshot);
            var result = decide(context);
            if (context.MoreReads.Count > 0)
            {
                Widen(readSet, context.MoreReads, action);
                continue;
            }

            if (!result.IsSuccess)
            {
                ChatPhoneMetrics.CommandFailed(action, result.Error);
                return result;
            }

            if (SetupTalliesIndex.Keep(context) is { } tallies)
            {
                Widen(readSet, [tallies], action);
                continue;
            }

            var entries = context.Changes.Changes
                .Where(c => c.Collection != SetupCollections.Tallies.Name)
                .Select(c => Audits.Applied(actor, context.Now, action, $"{c.Collection}:{c.Id}", DataOf(snapshot, c), c.Data))
                .Concat(context.Changes.Audit)
                .ToArray();
            var stored = WriteReplay(action, result.Value, resultType);
            if (await store.CommitAsync(actor.Tenant, snapshot, context.Changes.Changes, entries, key, stored, cancellationToken))
            {
                ChatPhoneMetrics.CommandSucceeded(action);
                return result;
            }

            ChatPhoneMetrics.CommitConflicted(action, retried: attempt + 1 < MaxAttempts);
            await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt * 4, 50)), cancellationToken);
        }

        return new Error("store.busy");
    }

    /// <summary>
    /// The same, for a command whose input was already found invalid: the role is still checked (a refusal
    /// is audited), then <paramref name="invalid"/> is returned without reading anything.
    /// </summary>
    public Task<Result<T>> RunAsync<T>(
        IMutation command,
        string action,
        Role required,
        Error? invalid,
        Action<ReadSet> reads,
        Func<CommandContext, Result<T>> decide,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken = default) =>
        invalid is null
            ? RunAsync(command, action, required, reads, decide, resultType, cancellationToken)
            : RunAsync(command, action, required, _ => { }, _ => invalid, resultType, cancellationToken);

    /// <summary>Reads documents for a query (no conditions, no idempotency).</summary>
    public async Task<TenantSnapshot> ReadAsync(TenantId tenant, Action<ReadSet> reads, CancellationToken cancellationToken = default)
    {
        var readSet = new ReadSet();
        reads(readSet);
        return (await store.ReadAsync(tenant, readSet, key: null, cancellationToken)).Snapshot;
    }

    /// <summary>Reads documents for a query that <paramref name="actor"/> may run only with at least <paramref name="required"/>.</summary>
    public async Task<Result<TenantSnapshot>> ReadAsync(Actor actor, Role required, Action<ReadSet> reads, CancellationToken cancellationToken = default) =>
        actor.Role < required ? RoleError(required) : await ReadAsync(actor.Tenant, reads, cancellationToken);

    /// <summary>The error for an actor below <paramref name="required"/>.</summary>
    public static Error RoleError(Role required) =>
        required == Role.Admin ? new Error("auth.admin_required") : new Error("auth.helpdesk_required");

    // A decision that asks again for what it already read would never decide: that is a bug in the decision, not a conflict.
    private static void Widen(ReadSet reads, IReadOnlyList<Action<ReadSet>> more, string action)
    {
        var before = reads.Documents.Count + reads.Collections.Count;
        foreach (var read in more)
        {
            read(reads);
        }

        if (reads.Documents.Count + reads.Collections.Count == before)
        {
            throw new InvalidOperationException($"{action} asked to read again what it had read.");
        }
    }

    private static string? DataOf(TenantSnapshot snapshot, DocumentChange change) =>
        snapshot.WasRead(change.Collection, change.Id) && snapshot.Raw(change.Collection, change.Id) is { } raw
            ? change.AuditOfStored?.Invoke(raw) ?? DocumentEnvelope.DataOf(raw)
            : null;

    private static string WriteReplay<T>(string action, T value, JsonTypeInfo<T> type)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("action", action);
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, value, type);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Result<T> Replay<T>(string stored, string action, JsonTypeInfo<T> type)
    {
        using var document = JsonDocument.Parse(stored);
        var root = document.RootElement;
        if (!root.TryGetProperty("action", out var storedAction) || storedAction.GetString() != action)
        {
            return new Error("request.key_reused");
        }

        return root.GetProperty("result").Deserialize(type)!;
    }
}
