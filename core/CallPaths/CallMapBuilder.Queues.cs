using System.Globalization;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallPaths;

/// <summary>The queues of a call map: their agents, and the overflow, timeout and no-agent exits with their targets.</summary>
public sealed partial class CallMapBuilder
{
    private string QueueNode(CallQueue queue)
    {
        var id = "cq:" + queue.Id;
        if (!Start(id))
        {
            return id;
        }

        var settings = queue.Settings;
        var licensed = settings.Users.Where(_world.IsVoiceEnabled).ToArray();
        var groups = settings.DistributionLists.Count + (settings.Channel is null ? 0 : 1);
        var facts = new List<Error>
        {
            new("callpath.fact_routing", settings.RoutingMethod),
            settings.UseDefaultMusicOnHold ? new Error("callpath.fact_music_default") : new Error("callpath.fact_music_file", _world.AudioFileName(settings.MusicOnHoldAudioFileId ?? string.Empty)),
        };
        var problems = new List<Error>();
        if (settings.Users.Count == 0 && groups == 0)
        {
            problems.Add(new Error("callpath.queue_no_agents", queue.Name));
        }
        else if (licensed.Length == 0 && groups == 0)
        {
            problems.Add(new Error("callpath.queue_agents_unlicensed", queue.Name));
        }

        Add(new CallNode(id, CallNodeKind.CallQueue, queue.Name, Prompt(settings.Greeting), facts, []));
        if (problems.Count == 0)
        {
            var names = licensed.Select(p => _world.Person(p)?.DisplayName ?? p).ToArray();
            var agents = $"agents:{queue.Id}";
            Start(agents);
            Add(new CallNode(agents, CallNodeKind.Agents, string.Join(", ", names), null,
                groups > 0 ? [new Error("callpath.fact_agent_groups", groups)] : [], []));
            _edges.Add(new CallEdge(id, agents, CallEdgeKind.Answered));
        }
        else
        {
            _edges.Add(new CallEdge(id, MissingOnce($"agents:{queue.Id}", [.. problems], CallNodeKind.Agents), CallEdgeKind.Answered));
        }

        _edges.Add(new CallEdge(id, ActionNode(id, "overflow", settings.Overflow.Kind.Redirect(), settings.Overflow.Target), CallEdgeKind.Overflow,
            settings.OverflowThreshold.ToString(CultureInfo.InvariantCulture)));
        _edges.Add(new CallEdge(id, ActionNode(id, "timeout", settings.Timeout.Kind.Redirect(), settings.Timeout.Target), CallEdgeKind.Timeout,
            settings.TimeoutThreshold.ToString(CultureInfo.InvariantCulture)));
        if (settings.NoAgent.Kind != NoAgentActionKind.Queue)
        {
            _edges.Add(new CallEdge(id, ActionNode(id, "noagent", settings.NoAgent.Kind.Redirect(), settings.NoAgent.Target), CallEdgeKind.NoAgents));
        }

        return id;
    }

    // A queue's exit: hang up, forward (a person, a resource account or an outside number), a voicemail or a shared one.
    private string ActionNode(string queueNode, string slot, QueueRedirect redirect, string? target) => redirect switch
    {
        QueueRedirect.None => HangUpNode(queueNode),
        QueueRedirect.Voicemail when target is not null => VoicemailNode(target),
        QueueRedirect.SharedVoicemail when target is not null => SharedVoicemailNode(target),
        QueueRedirect.Forward when target is not null && target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) => ExternalNode(target),
        QueueRedirect.Forward when target is not null && _world.Accounts.ContainsKey(target) => AccountNode(target),
        QueueRedirect.Forward when target is not null => PersonNode(target),
        _ => MissingOnce($"target:{queueNode}:{slot}", new Error("callpath.target_missing", slot)),
    };
}
