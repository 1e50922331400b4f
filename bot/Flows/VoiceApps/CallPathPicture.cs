using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Diagrams;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// The picture of a whole call map, labelled in the reader's language, with the simulated call's path drawn over it:
/// every flow, key and queue exit, broken points in red.
/// </summary>
internal static class CallPathPicture
{
    /// <summary>The card image of <paramref name="call"/>'s map.</summary>
    public static Image Of(SimulatedCall call, Language language)
    {
        var path = call.PathNodes;
        var taken = call.PathEdges;
        var map = call.Map;
        var nodes = map.Nodes.Select(n => new DiagramNode(n.Id, Kind(n), Title(n, language), Detail(n, language), path.Contains(n.Id))).ToArray();
        var edges = map.Edges.Select(e => new DiagramEdge(e.From, e.To, Label(e, language), taken.Contains(e))).ToArray();
        var diagram = new FlowDiagram(nodes, edges);
        return new Image(FlowDiagramImage.DataUri(diagram), BotText.Get(language, "CallPicture_Alt", map.Node(map.EntryId).Name));
    }

    private static DiagramNodeKind Kind(CallNode node) => node.Kind switch
    {
        CallNodeKind.HangUp => DiagramNodeKind.HangUp,
        _ when node.IsDeadEnd => DiagramNodeKind.DeadEnd,
        CallNodeKind.Number => DiagramNodeKind.Number,
        CallNodeKind.ResourceAccount => DiagramNodeKind.ResourceAccount,
        CallNodeKind.AutoAttendant => DiagramNodeKind.AutoAttendant,
        CallNodeKind.CallFlow => DiagramNodeKind.CallFlow,
        CallNodeKind.CallQueue => DiagramNodeKind.CallQueue,
        CallNodeKind.Agents or CallNodeKind.Person => DiagramNodeKind.Person,
        CallNodeKind.Voicemail or CallNodeKind.SharedVoicemail => DiagramNodeKind.Voicemail,
        CallNodeKind.ExternalNumber => DiagramNodeKind.ExternalNumber,
        _ => DiagramNodeKind.DeadEnd,
    };

    private static string Title(CallNode node, Language language) => node.Kind switch
    {
        CallNodeKind.HangUp => BotText.Get(language, "CallPicture_HangUp"),
        CallNodeKind.Missing => BotText.Get(language, "CallPicture_DeadEnd"),
        CallNodeKind.Agents when node.IsDeadEnd => BotText.Get(language, "CallPicture_NoAgents"),
        CallNodeKind.Voicemail => BotText.Get(language, "CallPicture_Voicemail"),
        CallNodeKind.SharedVoicemail => BotText.Get(language, "CallPicture_SharedVoicemail"),
        _ => node.Name,
    };

    // The second line: what the point is, or what is wrong with it.
    private static string? Detail(CallNode node, Language language)
    {
        if (node.IsDeadEnd && node.Kind != CallNodeKind.HangUp)
        {
            return node.Problems[0].Describe(language);
        }

        return node.Kind switch
        {
            CallNodeKind.ResourceAccount => BotText.Get(language, "CallPicture_ResourceAccount"),
            CallNodeKind.AutoAttendant => BotText.Get(language, "CallPicture_Attendant"),
            CallNodeKind.CallQueue => BotText.Get(language, "CallPicture_Queue"),
            CallNodeKind.CallFlow => node.Says?.Text ?? node.Says?.AudioFile,
            CallNodeKind.Agents => BotText.Get(language, "CallPicture_Agents"),
            CallNodeKind.Voicemail => node.Name,
            CallNodeKind.ExternalNumber => BotText.Get(language, "CallPicture_External"),
            _ => null,
        };
    }

    private static string? Label(CallEdge edge, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var seconds = int.TryParse(edge.Detail, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return edge.Kind switch
        {
            CallEdgeKind.BusinessHours => T("CallPicture_Open"),
            CallEdgeKind.AfterHours => T("CallPicture_Closed"),
            CallEdgeKind.Holiday => edge.Detail,
            CallEdgeKind.Key => edge.Detail,
            CallEdgeKind.Operator => T("CallPicture_Operator"),
            CallEdgeKind.Answered => T("CallPicture_Answered"),
            CallEdgeKind.Overflow => T("CallPicture_Overflow", edge.Detail ?? string.Empty),
            CallEdgeKind.Timeout => T("CallPicture_Timeout", seconds),
            CallEdgeKind.NoAgents => T("CallPicture_NoAgentsEdge"),
            _ => null,
        };
    }
}
