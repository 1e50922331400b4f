using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Diagnostics;

/// <summary>
/// ChatPhone's own metrics, on the meter <see cref="MeterName"/>: turns, commands by name and outcome, store
/// conflicts and retries, and the outbox depth. Nothing is recorded unless a listener (OpenTelemetry, a test)
/// enables an instrument, so the calls cost next to nothing when telemetry is off.
/// </summary>
public static class ChatPhoneMetrics
{
    /// <summary>The meter's name, for <c>AddMeter</c> and listeners.</summary>
    public const string MeterName = "ChatPhone";

    /// <summary>The outcome tag of a command that applied its changes.</summary>
    public const string Success = "success";

    /// <summary>The outcome tag of a command answered from its stored first result (a retried click).</summary>
    public const string Replay = "replay";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<string, long> OutboxDepths = new(StringComparer.Ordinal);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "chatphone.turns", "{turn}", "Activities the bot handled, by activity type.");

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "chatphone.commands", "{command}", "Commands run, by name and outcome (success, replay, or the error code).");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "chatphone.store.conflicts", "{conflict}", "Command commits refused because another process changed what they read.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "chatphone.command.retries", "{retry}", "Commands read and decided again after a conflict.");

    static ChatPhoneMetrics() =>
        Meter.CreateObservableGauge(
            "chatphone.outbox.depth", () => OutboxDepths.Values.Sum(), "{message}",
            "Messages waiting in the outboxes (due or waiting for a contact), as the sender last saw them.");

    /// <summary>Counts one activity handled.</summary>
    public static void TurnHandled(string? activityType) =>
        Turns.Add(1, new KeyValuePair<string, object?>("activity.type", activityType ?? "unknown"));

    /// <summary>Counts a command that applied its changes.</summary>
    public static void CommandSucceeded(string command) => CountCommand(command, Success);

    /// <summary>Counts a command refused with <paramref name="error"/>.</summary>
    public static void CommandFailed(string command, Error? error) => CountCommand(command, error?.Code ?? "unknown");

    /// <summary>Counts a command answered from its stored first result.</summary>
    public static void CommandReplayed(string command) => CountCommand(command, Replay);

    /// <summary>Counts a commit refused by a concurrent change, and the retry when one follows.</summary>
    public static void CommitConflicted(string command, bool retried)
    {
        var tag = new KeyValuePair<string, object?>("command", command);
        Conflicts.Add(1, tag);
        if (retried)
        {
            Retries.Add(1, tag);
        }
    }

    /// <summary>Records how many messages <paramref name="tenant"/>'s outbox holds (due or waiting).</summary>
    public static void RecordOutboxDepth(string tenant, long depth) => OutboxDepths[tenant] = depth;

    private static void CountCommand(string command, string outcome) =>
        Commands.Add(1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", outcome));
}
