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
public sealed partial class CallMapBuilder
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

    private CallPrompt? Prompt(Prompt? prompt) =>
        prompt is null || (prompt.TextToSpeech is null && prompt.AudioFileId is null) ? null
            : new CallPrompt(prompt.TextToSpeech, prompt.AudioFileId is { } file ? _world.AudioFileName(file) : null);

    /// <summary>The digit or sign of a key ("1", "*", "#").</summary>
    public static string Key(DtmfTone tone) => tone switch
    {
        DtmfTone.ToneStar => "*",
        DtmfTone.TonePound => "#",
        _ => ((int)tone).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
