using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallPaths;

/// <summary>
/// Draws the <see cref="CallMap"/> of an entry point from the tenant's configuration: number → resource account →
/// auto attendant → its flows (holidays, after hours, business hours) → their keys → queues, people, voicemail, outside
/// numbers → each queue's agents and its overflow, timeout and no-agent exits. Every node is drawn once, so a
/// transfer back to an attendant already on the map is an edge to it, and the map of a loop is finite.
/// </summary>
public sealed class CallMapBuilder
{
    private readonly CallWorld _world;
    private readonly List<CallNode> _nodes = [];
    private readonly List<CallEdge> _edges = [];
    private readonly HashSet<string> _drawn = [];

    private CallMapBuilder(CallWorld world) => _world = world;

    /// <summary>The map of a call to <paramref name="number"/> (E.164).</summary>
    public static CallMap ForNumber(CallWorld world, string number)
    {
        var builder = new CallMapBuilder(world);
        var entry = builder.NumberNode(number);
        return new CallMap(entry, builder._nodes, builder._edges);
    }

    /// <summary>The map of a call that reaches the auto attendant or call queue <paramref name="appId"/> (internal or nested calls).</summary>
    public static CallMap ForApp(CallWorld world, string appId)
    {
        var builder = new CallMapBuilder(world);
        var entry = builder.AppNode(appId);
        return new CallMap(entry, builder._nodes, builder._edges);
    }

    private string NumberNode(string number)
    {
        var id = "number:" + number;
        if (!Start(id))
        {
            return id;
        }

        var problems = new List<Error>();
        var known = _world.Numbers.GetValueOrDefault(number);
        string? next = null;
        if (_world.AccountWithNumber(number) is { } account)
        {
            next = AccountNode(account.Id);
        }
        else if (known?.Assignment is { Target: AssignmentTarget.User } assignment)
        {
            next = PersonNode(assignment.TargetId);
        }
        else if (known?.Assignment is { Target: AssignmentTarget.ConferenceBridge })
        {
            problems.Add(new Error("callpath.number_is_bridge", number));
        }
        else
        {
            problems.Add(known is null ? new Error("callpath.number_unknown", number) : new Error("callpath.number_unassigned", number));
        }

        Add(new CallNode(id, CallNodeKind.Number, number, null, [], problems));
        if (next is not null)
        {
            _edges.Add(new CallEdge(id, next, CallEdgeKind.Always));
        }

        return id;
    }

    private string AccountNode(string accountId)
    {
        var id = "ra:" + accountId;
        if (!Start(id))
        {
            return id;
        }

        if (!_world.Accounts.TryGetValue(accountId, out var account))
        {
            return Missing(id, new Error("callpath.account_missing", accountId));
        }

        var problems = new List<Error>();
        if (!account.IsLicensed)
        {
            problems.Add(new Error("callpath.account_unlicensed", account.Upn));
        }

        if (account.AssociatedWith is null)
        {
            problems.Add(new Error("callpath.account_unlinked", account.Upn));
        }

        Add(new CallNode(id, CallNodeKind.ResourceAccount, account.DisplayName, null, [new Error("callpath.fact_upn", account.Upn)], problems));
        if (problems.Count == 0 && account.AssociatedWith is { } app)
        {
            _edges.Add(new CallEdge(id, AppNode(app), CallEdgeKind.Always));
        }

        return id;
    }

    private string AppNode(string appId)
    {
        if (_world.Attendants.TryGetValue(appId, out var attendant))
        {
            return AttendantNode(attendant);
        }

        if (_world.Queues.TryGetValue(appId, out var queue))
        {
            return QueueNode(queue);
        }

        var id = "app:" + appId;
        return Start(id) ? Missing(id, new Error("callpath.app_missing", appId)) : id;
    }

    private string AttendantNode(AutoAttendant attendant)
    {
        var id = "aa:" + attendant.Id;
        if (!Start(id))
        {
            return id;
        }

        var settings = attendant.Settings;
        Add(new CallNode(id, CallNodeKind.AutoAttendant, attendant.Name, null, [], []));
        foreach (var holiday in settings.Holidays)
        {
            _edges.Add(new CallEdge(id, HolidayNode(attendant, holiday), CallEdgeKind.Holiday, holiday.Name));
        }

        if (settings.AfterHoursFlow is { } afterHours && !settings.Hours.IsAllWeek)
        {
            _edges.Add(new CallEdge(id, FlowNode(attendant, afterHours, "after"), CallEdgeKind.AfterHours));
        }

        _edges.Add(new CallEdge(id, FlowNode(attendant, settings.DefaultFlow, "default"), CallEdgeKind.BusinessHours));
        return id;
    }

    private string FlowNode(AutoAttendant attendant, CallFlow flow, string which)
    {
        var id = $"flow:{attendant.Id}:{which}";
        if (!Start(id))
        {
            return id;
        }

        var facts = new List<Error>();
        if (flow.Menu.EffectiveSearch != DirectorySearchMethod.None)
        {
            facts.Add(new Error("callpath.fact_directory_search", flow.Menu.EffectiveSearch));
        }

        Add(new CallNode(id, CallNodeKind.CallFlow, flow.Name, Prompt(flow.Greeting) ?? Prompt(flow.Menu.Prompt), facts, []));
        foreach (var option in flow.Menu.Options)
        {
            var (kind, detail) = option.Dtmf == DtmfTone.Automatic ? (CallEdgeKind.Always, (string?)null) : (CallEdgeKind.Key, Key(option.Dtmf));
            var target = option.Action switch
            {
                MenuAction.DisconnectCall => HangUpNode(id),
                MenuAction.Announcement => id,
                MenuAction.TransferCallToOperator => attendant.Settings.Operator is { } op
                    ? EntityNode(op)
                    : MissingOnce($"operator:{attendant.Id}", new Error("callpath.operator_missing", attendant.Name)),
                _ => option.Target is { } target1 ? EntityNode(target1) : MissingOnce($"target:{id}:{detail}", new Error("callpath.target_missing", attendant.Name)),
            };
            if (option.Action == MenuAction.TransferCallToOperator)
            {
                kind = option.Dtmf == DtmfTone.Automatic ? CallEdgeKind.Operator : kind;
            }

            _edges.Add(new CallEdge(id, target, kind, detail));
        }

        return id;
    }

    private string HolidayNode(AutoAttendant attendant, Holiday holiday)
    {
        var id = $"flow:{attendant.Id}:holiday:{holiday.Name.ToLowerInvariant()}";
        if (!Start(id))
        {
            return id;
        }

        Add(new CallNode(id, CallNodeKind.CallFlow, holiday.Name, Prompt(holiday.Greeting), [], []));
        var target = holiday.Action == HolidayAction.Redirect && holiday.RedirectTarget is { } redirect ? EntityNode(redirect) : HangUpNode(id);
        _edges.Add(new CallEdge(id, target, CallEdgeKind.Always));
        return id;
    }

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
            settings.UseDefaultMusicOnHold ? new Error("callpath.fact_music_default") : new Error("callpath.fact_music_file", settings.MusicOnHoldAudioFileId),
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
            settings.OverflowThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _edges.Add(new CallEdge(id, ActionNode(id, "timeout", settings.Timeout.Kind.Redirect(), settings.Timeout.Target), CallEdgeKind.Timeout,
            settings.TimeoutThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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

    private string EntityNode(CallableEntity entity) => entity.Type switch
    {
        CallableEntityType.User => PersonNode(entity.Id),
        CallableEntityType.ApplicationEndpoint => AccountNode(entity.Id),
        CallableEntityType.ConfigurationEndpoint => AppNode(entity.Id),
        CallableEntityType.ExternalPstn => ExternalNode(entity.Id),
        _ => SharedVoicemailNode(entity.Id),
    };

    private string PersonNode(string personId)
    {
        var id = "person:" + personId.ToLowerInvariant();
        if (!Start(id))
        {
            return id;
        }

        if (_world.Person(personId) is not { } person)
        {
            return Missing(id, new Error("callpath.person_missing", personId));
        }

        Error[] problems = _world.IsVoiceEnabled(personId) ? [] : [new Error("callpath.person_unlicensed", person.DisplayName)];
        Add(new CallNode(id, CallNodeKind.Person, person.DisplayName, null, [], problems));
        return id;
    }

    private string VoicemailNode(string personId)
    {
        var id = "voicemail:" + personId.ToLowerInvariant();
        if (!Start(id))
        {
            return id;
        }

        if (_world.Person(personId) is not { } person)
        {
            return Missing(id, new Error("callpath.person_missing", personId));
        }

        Add(new CallNode(id, CallNodeKind.Voicemail, person.DisplayName, null, [], []));
        return id;
    }

    private string SharedVoicemailNode(string groupId)
    {
        var id = "shared-voicemail:" + groupId.ToLowerInvariant();
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.SharedVoicemail, groupId, null, [], []));
        }

        return id;
    }

    private string ExternalNode(string target)
    {
        var number = target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? target[4..] : target;
        var id = "external:" + number;
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.ExternalNumber, number, null, [], []));
        }

        return id;
    }

    // One hang-up per place that hangs up, so the diagram shows where each call ends.
    private string HangUpNode(string from)
    {
        var id = "hangup:" + from;
        if (Start(id))
        {
            Add(new CallNode(id, CallNodeKind.HangUp, string.Empty, null, [], [new Error("callpath.hangs_up")]));
        }

        return id;
    }

    private string MissingOnce(string id, Error problem) => MissingOnce(id, [problem], CallNodeKind.Missing);

    private string MissingOnce(string id, Error[] problems, CallNodeKind kind)
    {
        if (Start(id))
        {
            Add(new CallNode(id, kind, string.Empty, null, [], problems));
        }

        return id;
    }

    private string Missing(string id, Error problem)
    {
        Add(new CallNode(id, CallNodeKind.Missing, string.Empty, null, [], [problem]));
        return id;
    }

    // True the first time a node is met: the caller draws it. Nodes are added before their edges are followed.
    private bool Start(string id) => _drawn.Add(id);

    private void Add(CallNode node) => _nodes.Add(node);

    private static CallPrompt? Prompt(Prompt? prompt) =>
        prompt is null || (prompt.TextToSpeech is null && prompt.AudioFileId is null) ? null : new CallPrompt(prompt.TextToSpeech, prompt.AudioFileId);

    /// <summary>The digit or sign of a key ("1", "*", "#").</summary>
    public static string Key(DtmfTone tone) => tone switch
    {
        DtmfTone.ToneStar => "*",
        DtmfTone.TonePound => "#",
        _ => ((int)tone).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
