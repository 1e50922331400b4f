using System.Globalization;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// A simulated call in words, in the reader's language: each step (how the call got there, what the caller hears, what
/// is there), how it ends, and what each key of a waiting menu leads to.
/// </summary>
internal static class CallPathText
{
    /// <summary>The sentences of one step.</summary>
    public static string Step(CallStep step, CallMap map, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var node = step.Node;
        var parts = new List<string>();
        if (step.Via is { } via && Via(via, map, language) is { } how)
        {
            parts.Add(how);
        }

        parts.Add(node.Kind switch
        {
            CallNodeKind.Number => T("CallPath_Dials", node.Name),
            CallNodeKind.ResourceAccount => T("CallPath_ResourceAccount", node.Name),
            CallNodeKind.AutoAttendant => T("CallPath_Attendant", node.Name),
            CallNodeKind.CallFlow => T("CallPath_Flow", node.Name),
            CallNodeKind.CallQueue => T("CallPath_Queue", node.Name),
            CallNodeKind.Agents when !node.IsDeadEnd => T("CallPath_Agents", node.Name),
            CallNodeKind.Person when !node.IsDeadEnd => T("CallPath_Person", node.Name),
            CallNodeKind.Voicemail => T("CallPath_Voicemail", node.Name),
            CallNodeKind.SharedVoicemail => T("CallPath_SharedVoicemail", node.Name),
            CallNodeKind.ExternalNumber => T("CallPath_External", node.Name),
            _ => string.Empty,
        });
        if (node.Says is { } says)
        {
            parts.Add(says.Text is { } text ? T("CallPath_Hears", text) : T("CallPath_HearsFile", says.AudioFile ?? string.Empty));
        }

        parts.AddRange(node.Facts.Select(f => f.Describe(language)));
        parts.AddRange(node.Problems.Select(p => "⚠ " + p.Describe(language)));
        return string.Join(' ', parts.Where(p => p.Length > 0).Select(Sentence));
    }

    /// <summary>How the call ends.</summary>
    public static string Outcome(SimulatedCall call, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var last = call.Steps[^1].Node;
        return call.Outcome switch
        {
            CallOutcome.ReachesSomeone => T("CallPath_EndsWithSomeone", last.Name),
            CallOutcome.ReachesVoicemail => T("CallPath_EndsInVoicemail"),
            CallOutcome.ReachesOutsideNumber => T("CallPath_EndsOutside", last.Name),
            CallOutcome.HangsUp => T("CallPath_EndsHangUp"),
            CallOutcome.WaitsForKey when call.IgnoredKey is { } key => T("CallPath_KeyIgnored", key, Choices(call, language)),
            CallOutcome.WaitsForKey => T("CallPath_WaitsForKey", Choices(call, language)),
            CallOutcome.Loops => T("CallPath_EndsInLoop"),
            _ => T("CallPath_EndsDeadEnd", string.Join(" ", last.Problems.Select(p => p.Describe(language)))),
        };
    }

    /// <summary>
    /// When queue agents take the call, what the queue does if they do not: its timeout and overflow exits, each with
    /// where it sends the call; null otherwise.
    /// </summary>
    public static string? IfUnanswered(SimulatedCall call, Language language)
    {
        if (call.Outcome != CallOutcome.ReachesSomeone || call.Steps[^1].Via is not { Kind: CallEdgeKind.Answered } answered)
        {
            return null;
        }

        var parts = call.Map.From(answered.From)
            .Where(e => e.Kind is CallEdgeKind.Timeout or CallEdgeKind.Overflow && e.Detail != "0")
            .OrderBy(e => e.Kind == CallEdgeKind.Overflow)
            .Select(e => e.Kind == CallEdgeKind.Timeout
                ? BotText.Get(language, "CallPath_IfNobodyAnswers", Duration(e.Detail, language), Destination(e, call.Map, language))
                : BotText.Get(language, e.Detail == "1" ? "CallPath_IfTooManyWait_One" : "CallPath_IfTooManyWait", e.Detail ?? string.Empty, Destination(e, call.Map, language)))
            .ToArray();
        return parts.Length == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>Where pressing a key of a waiting menu leads ("call queue Sales").</summary>
    public static string Destination(CallEdge edge, CallMap map, Language language)
    {
        var node = map.Node(edge.To);

        // A key to a queue or an attendant goes through its resource account: name what answers.
        if (node.Kind == CallNodeKind.ResourceAccount && !node.IsDeadEnd && map.From(node.Id).FirstOrDefault() is { } through)
        {
            node = map.Node(through.To);
        }

        return node.Kind switch
        {
            CallNodeKind.AutoAttendant => BotText.Get(language, "CallPath_ToAttendant", node.Name),
            CallNodeKind.CallQueue => BotText.Get(language, "CallPath_ToQueue", node.Name),
            CallNodeKind.Voicemail => BotText.Get(language, "CallPath_ToVoicemail", node.Name),
            CallNodeKind.SharedVoicemail => BotText.Get(language, "CallPath_ToSharedVoicemail"),
            CallNodeKind.HangUp => BotText.Get(language, "CallPath_ToHangUp"),
            CallNodeKind.CallFlow => BotText.Get(language, "CallPath_ToAnnouncement"),
            CallNodeKind.Missing or CallNodeKind.ResourceAccount => BotText.Get(language, "CallPath_ToDeadEnd"),
            _ => node.Name,
        };
    }

    private static string Choices(SimulatedCall call, Language language) =>
        string.Join(", ", call.Choices.Select(c => BotText.Get(language, "CallPath_Choice", c.Detail ?? string.Empty, Destination(c, call.Map, language))));

    private static string? Via(CallEdge via, CallMap map, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        return via.Kind switch
        {
            CallEdgeKind.BusinessHours when map.From(via.From).Count() == 1 => null,
            CallEdgeKind.BusinessHours => T("CallPath_ViaBusinessHours"),
            CallEdgeKind.AfterHours => T("CallPath_ViaAfterHours"),
            CallEdgeKind.Holiday => T("CallPath_ViaHoliday", via.Detail ?? string.Empty),
            CallEdgeKind.Key => T("CallPath_ViaKey", via.Detail ?? string.Empty),
            CallEdgeKind.Operator => T("CallPath_ViaOperator"),
            CallEdgeKind.Overflow when via.Detail == "0" => T("CallPath_ViaOverflowAtOnce"),
            CallEdgeKind.Overflow => T("CallPath_ViaOverflow", via.Detail ?? string.Empty),
            CallEdgeKind.Timeout when map.Node(Answered(map, via.From) ?? via.To).IsDeadEnd => T("CallPath_ViaTimeoutNoAgents", Duration(via.Detail, language)),
            CallEdgeKind.Timeout => T("CallPath_ViaTimeout", Duration(via.Detail, language)),
            CallEdgeKind.NoAgents => T("CallPath_ViaNoAgents"),
            _ => null,
        };
    }

    private static string? Answered(CallMap map, string queue) => map.From(queue).FirstOrDefault(e => e.Kind == CallEdgeKind.Answered)?.To;

    // "5 minutes", "1 min 30 s", "45 seconds" (thresholds are in seconds).
    private static string Duration(string? seconds, Language language)
    {
        var total = int.TryParse(seconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var (minutes, rest) = (total / 60, total % 60);
        return minutes == 0 ? BotText.Get(language, "CallPath_Seconds", rest)
            : rest == 0 ? BotText.Get(language, "CallPath_Minutes", minutes)
            : BotText.Get(language, "CallPath_MinutesSeconds", minutes, rest);
    }

    // A part ends with a full stop unless it already ends a sentence (also inside closing quotes: “Welcome.”).
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('”', '»', '"', ' ', '\u00a0');
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? text : text + ".";
    }
}
