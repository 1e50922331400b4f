using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallPaths;

/// <summary>How a simulated call ends.</summary>
public enum CallOutcome
{
    /// <summary>Agents of a queue, or a person, are offered the call.</summary>
    ReachesSomeone,

    /// <summary>The caller leaves a message.</summary>
    ReachesVoicemail,

    /// <summary>The call goes to a number outside the organisation.</summary>
    ReachesOutsideNumber,

    /// <summary>The call is hung up.</summary>
    HangsUp,

    /// <summary>The call stops on something broken (see the last step's problems).</summary>
    DeadEnd,

    /// <summary>A menu waits for the caller to press a key.</summary>
    WaitsForKey,

    /// <summary>The call goes round in circles between voice apps.</summary>
    Loops,
}

/// <summary>When a call is placed: now, or a wall-clock time read in each attendant's own time zone.</summary>
/// <param name="Instant">An exact instant (for "now").</param>
/// <param name="Local">A local date and time ("Sunday at 8 pm"), judged in the time zone of the attendant the call meets.</param>
public sealed record CallTime(DateTimeOffset? Instant, DateTime? Local)
{
    /// <summary>The moment as <paramref name="attendant"/> sees it.</summary>
    public DateTimeOffset For(AutoAttendant attendant)
    {
        if (Local is not { } local)
        {
            return Instant ?? DateTimeOffset.UtcNow;
        }

        var zone = SupportedTimeZones.Find(attendant.Settings.TimeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}

/// <summary>One step of a simulated call: the node reached, and the edge taken to reach it (null for the first).</summary>
/// <param name="Node">Where the call is.</param>
/// <param name="Via">How it got there.</param>
public sealed record CallStep(CallNode Node, CallEdge? Via);

/// <summary>A simulated call: its steps, how it ends, and the keys a waiting menu offers.</summary>
/// <param name="Map">The whole map the call was walked on.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Outcome">How it ends.</param>
/// <param name="Choices">When a menu waits for a key: the keys it offers and where each leads.</param>
/// <param name="IgnoredKey">A key pressed that the menu does not offer (the menu is played again).</param>
public sealed record SimulatedCall(CallMap Map, IReadOnlyList<CallStep> Steps, CallOutcome Outcome, IReadOnlyList<CallEdge> Choices, string? IgnoredKey)
{
    /// <summary>The ids of the nodes on the path.</summary>
    public IReadOnlySet<string> PathNodes => Steps.Select(s => s.Node.Id).ToHashSet();

    /// <summary>The edges on the path.</summary>
    public IReadOnlySet<CallEdge> PathEdges => Steps.Select(s => s.Via).OfType<CallEdge>().ToHashSet();
}

/// <summary>
/// Walks a <see cref="CallMap"/> as one call would: at an attendant, the flow in effect at the call's time (a holiday,
/// then after hours, then business hours); at a menu, the next key pressed (or the automatic option); at a queue, its
/// agents when it has agents who can answer, else its no-agent exit, else its timeout exit once the caller has waited.
/// </summary>
public static class CallWalk
{
    // Longer than any sane configuration: a nested chain of attendants and queues, each met once.
    private const int MaxSteps = 40;

    /// <summary>The call placed at <paramref name="time"/> pressing <paramref name="keys"/> in turn, on <paramref name="map"/>.</summary>
    public static SimulatedCall Run(CallMap map, CallWorld world, CallTime time, IReadOnlyList<string> keys)
    {
        var steps = new List<CallStep>();
        var pressed = new Queue<string>(keys);
        var node = map.Node(map.EntryId);
        CallEdge? via = null;
        var seen = new Dictionary<string, int>();
        while (true)
        {
            steps.Add(new CallStep(node, via));
            seen[node.Id] = seen.GetValueOrDefault(node.Id) + 1;
            if (node.IsDeadEnd)
            {
                return End(node.Kind == CallNodeKind.HangUp ? CallOutcome.HangsUp : CallOutcome.DeadEnd);
            }

            if (seen[node.Id] > 2 || steps.Count > MaxSteps)
            {
                return End(CallOutcome.Loops);
            }

            var exits = map.From(node.Id).ToArray();
            CallEdge? next;
            switch (node.Kind)
            {
                case CallNodeKind.AutoAttendant:
                    next = FlowAt(exits, world, node, time);
                    break;
                case CallNodeKind.CallFlow:
                    if (exits.FirstOrDefault(e => e.Kind is CallEdgeKind.Always or CallEdgeKind.Operator) is { } automatic)
                    {
                        next = automatic;
                        break;
                    }

                    var keyed = exits.Where(e => e.Kind == CallEdgeKind.Key).ToArray();
                    if (!pressed.TryDequeue(out var key))
                    {
                        return End(CallOutcome.WaitsForKey, keyed);
                    }

                    next = keyed.FirstOrDefault(e => e.Detail == key);
                    if (next is null)
                    {
                        return End(CallOutcome.WaitsForKey, keyed, key);
                    }

                    break;
                case CallNodeKind.CallQueue:
                    next = QueueExit(map, exits);
                    break;
                case CallNodeKind.Agents or CallNodeKind.Person:
                    return End(CallOutcome.ReachesSomeone);
                case CallNodeKind.Voicemail or CallNodeKind.SharedVoicemail:
                    return End(CallOutcome.ReachesVoicemail);
                case CallNodeKind.ExternalNumber:
                    return End(CallOutcome.ReachesOutsideNumber);
                default:
                    next = exits.FirstOrDefault();
                    break;
            }

            if (next is null)
            {
                return End(CallOutcome.DeadEnd);
            }

            via = next;
            node = map.Node(next.To);
        }

        SimulatedCall End(CallOutcome outcome, IReadOnlyList<CallEdge>? choices = null, string? ignored = null) =>
            new(map, steps, outcome, choices ?? [], ignored);
    }

    // The flow in effect: the attendant knows its own holidays, hours and time zone.
    private static CallEdge? FlowAt(CallEdge[] exits, CallWorld world, CallNode node, CallTime time)
    {
        var attendant = world.Attendants[node.Id["aa:".Length..]];
        var active = attendant.WhichFlowAt(time.For(attendant));
        return active.Kind switch
        {
            FlowKind.Holiday => exits.FirstOrDefault(e => e.Kind == CallEdgeKind.Holiday && string.Equals(e.Detail, active.Name, StringComparison.OrdinalIgnoreCase)),
            FlowKind.AfterHours => exits.FirstOrDefault(e => e.Kind == CallEdgeKind.AfterHours),
            _ => exits.FirstOrDefault(e => e.Kind == CallEdgeKind.BusinessHours),
        };
    }

    // Agents who can answer take the call, unless the queue overflows at once; without them the no-agent exit applies
    // to the call, and a queue that keeps calls anyway ends at its timeout exit.
    private static CallEdge? QueueExit(CallMap map, CallEdge[] exits)
    {
        var overflow = exits.FirstOrDefault(e => e.Kind == CallEdgeKind.Overflow);
        if (overflow?.Detail == "0")
        {
            return overflow;
        }

        var answered = exits.FirstOrDefault(e => e.Kind == CallEdgeKind.Answered);
        if (answered is not null && !map.Node(answered.To).IsDeadEnd)
        {
            return answered;
        }

        return exits.FirstOrDefault(e => e.Kind == CallEdgeKind.NoAgents) ?? exits.FirstOrDefault(e => e.Kind == CallEdgeKind.Timeout);
    }
}
