using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallPaths;

/// <summary>What is broken on a call map, and what to open to fix it.</summary>
/// <param name="Problem">What is wrong, as a message.</param>
/// <param name="ObjectType">What to open: <c>ResourceAccount</c>, <c>CallQueue</c> or <c>AutoAttendant</c> (the bot's object kinds).</param>
/// <param name="ObjectId">Its id.</param>
public sealed record CallPathDefect(Error Problem, string ObjectType, string ObjectId);

/// <summary>
/// Judges a whole call map, not one call: every flow of every attendant must reach someone (a person, agents, a
/// voicemail, an outside number) by some key, and nothing on the map may be broken (a resource account without a
/// license, a queue without agents who can answer, a target that no longer exists). A hang-up on one key ("9 to hang
/// up") is not a defect on its own; a flow that can only hang up is, a holiday's too: the guide asks every flow of a
/// number to reach a person or a voicemail.
/// </summary>
public static class CallMapCheck
{
    /// <summary>The defects of <paramref name="map"/>, in the order the map was drawn.</summary>
    public static IReadOnlyList<CallPathDefect> Defects(CallMap map)
    {
        var defects = new List<CallPathDefect>();
        foreach (var node in map.Nodes.Where(n => n.IsDeadEnd && n.Kind != CallNodeKind.HangUp))
        {
            var (type, id) = ObjectOf(node.Id, map);
            defects.AddRange(node.Problems.Select(p => new CallPathDefect(p, type, id)));
        }

        foreach (var attendant in map.Nodes.Where(n => n.Kind == CallNodeKind.AutoAttendant))
        {
            foreach (var flow in map.From(attendant.Id).Select(e => map.Node(e.To)).Where(n => !ReachesSomeone(map, n.Id)))
            {
                defects.Add(new CallPathDefect(new Error("callpath.flow_reaches_nobody", attendant.Name, flow.Name), "AutoAttendant", attendant.Id["aa:".Length..]));
            }
        }

        return defects;
    }

    /// <summary>True when some way on from <paramref name="start"/> ends with someone who can take the call.</summary>
    public static bool ReachesSomeone(CallMap map, string start)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([start]);
        while (next.TryPop(out var id))
        {
            var node = map.Node(id);
            if (!seen.Add(id) || node.IsDeadEnd)
            {
                continue;
            }

            if (node.ReachesSomeone)
            {
                return true;
            }

            foreach (var edge in map.From(id))
            {
                next.Push(edge.To);
            }
        }

        return false;
    }

    // The object whose settings hold the defect: the account, the queue (its agents or exits), the attendant (its flows,
    // operator, targets); anything else belongs to the first voice app of the map.
    private static (string Type, string Id) ObjectOf(string nodeId, CallMap map)
    {
        var parts = nodeId.Split(':');
        return parts switch
        {
            ["ra", var account] => ("ResourceAccount", account),
            ["agents" or "cq", var queue, ..] => ("CallQueue", queue),
            ["aa" or "flow" or "operator", var attendant, ..] => ("AutoAttendant", attendant),
            ["target", "flow" or "aa", var attendant, ..] => ("AutoAttendant", attendant),
            ["target", "cq", var queue, ..] => ("CallQueue", queue),
            _ => FirstApp(map),
        };
    }

    private static (string Type, string Id) FirstApp(CallMap map) =>
        map.Nodes.FirstOrDefault(n => n.Kind is CallNodeKind.AutoAttendant or CallNodeKind.CallQueue) is { } app
            ? (app.Kind == CallNodeKind.AutoAttendant ? "AutoAttendant" : "CallQueue", app.Id.Split(':')[1])
            : ("ResourceAccount", map.EntryId.Split(':')[^1]);
}
