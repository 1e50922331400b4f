using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// What a sentence asks to change on a call queue, in English or French, several changes at once: "rename the queue
/// Sales to Ventes", "raise the agent alert time to 30 s", "passe le délai d'alerte à 30 secondes et le tourniquet",
/// "set the timeout to 5 minutes", "overflow threshold 20 calls", "remove Alex from the Sales queue", "retire Inès de la
/// file Support". Values are read as typed (limits are the planner's business); the people to remove are mentions,
/// resolved against the directory by the planner.
/// </summary>
internal static partial class CallQueueSentence
{
    /// <summary>What <paramref name="text"/> asks of the queue currently called <paramref name="queueName"/>.</summary>
    public static CallQueueRequest Read(string text, string queueName)
    {
        // The channel and groups are read first, and their phrases blanked: "agents from this channel" names nobody.
        var sources = QueueAgentSources.Read(text);
        text = sources.Blanked;
        var parsed = CallQueueClauses.Parse(text, queueName);
        // Routing, alert time and the agents are read with quoted text masked, so a greeting's words never count.
        var masked = parsed.Soft.Replace('#', ' ').Replace('~', ' ');
        var withoutName = $" {VoiceAppReplies.Fold(masked)} ";
        var settings = QueueSettingSentence.Read(parsed);
        var agents = parsed.Find(CallQueueClauses.Topic.Agents) is { } clause ? QueueSettingSentence.Agents(clause) : [];
        return new CallQueueRequest(
            NewName(text, queueName),
            Vocabulary.Routing.First(TextFolding.Fold(masked))?.Value,
            Seconds(AlertTime().Match(withoutName)),
            settings.TimeoutThreshold,
            settings.OverflowThreshold,
            RemovedAgents(text, queueName))
        {
            Settings = settings,
            Agents = agents,
            Sources = sources,
        };
    }

    /// <summary>True when the sentence removes people from the queue rather than the queue itself ("remove Alex from the Sales queue").</summary>
    public static bool RemovesAgents(string text, string queueName) =>
        QueueAgentSources.Read(text) is var sources && (RemovedAgents(sources.Blanked, queueName).Count > 0 || sources.Channel == ChannelChange.Remove || sources.RemovedGroups.Count > 0);

    private static string? NewName(string text, string queueName)
    {
        var verb = Rename().Match(text);
        if (!verb.Success)
        {
            return null;
        }

        var from = verb.Index + verb.Length;
        var current = text.IndexOf(queueName, from, StringComparison.OrdinalIgnoreCase);
        if (current >= 0)
        {
            from = current + queueName.Length;
        }

        var name = NewNameAfter().Match(text, from);
        return name.Success ? name.Groups["name"].Value.Trim().Trim('"', '“', '”', '«', '»', '\'', '’').Trim() is { Length: > 0 } clean ? clean : null : null;
    }

    private static IReadOnlyList<string> RemovedAgents(string text, string queueName)
    {
        var queue = $@"(?:call queue|queue|file d['’]attente|file d['’]appels|file|{Regex.Escape(queueName)})\b";
        var pattern = $@"\b(?:remove|take|drop|retire[rz]?|enl[eè]ve[rz]?|[oô]te[rz]?|supprime[rz]?|sors|sortir)\s+(?<who>.+?)\s+(?:from|out of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?{queue}";
        var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        if (!match.Success)
        {
            return [];
        }

        var who = AgentWord().Replace(match.Groups["who"].Value.Trim(), string.Empty);
        return Separators().Split(who).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
    }

    // A number and its unit as seconds: "30 s", "30 secondes", "5 min", "2 minutes"; no unit means seconds.
    private static int? Seconds(Match match)
    {
        if (!match.Success || Number(match) is not { } value)
        {
            return null;
        }

        return match.Groups["unit"].Value.StartsWith("min", StringComparison.Ordinal) ? value * 60 : value;
    }

    private static int? Number(Match match) =>
        int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\b(rename\w*|renomm\w*|change the name|change le nom|changer le nom|call it|appelle la|appelle le)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Rename();

    // The new name runs to the end of the sentence, a comma, or "and …"/"et …" starting another change.
    [GeneratedRegex(@"\s(?:to|into|as|en|:)\s+(?<name>.+?)\s*(?:$|[,;!?]|\.\s|\.$|\s(?:and|et)\s+(?:the|set|raise|lower|make|change|use|le|la|les|l['’]|passe|mets|met|r[eè]gle)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NewNameAfter();

    // Folded text (letters, digits, single spaces). A few non-numeric words may sit between the setting and its value.
    [GeneratedRegex(@"\b(alert|alerte|alerting|ring time|ringing time|sonnerie)\b\s(?:[^\d\s]+\s){0,6}?(?<n>\d+)\s?(?<unit>s|sec|secs|seconds?|secondes?|min|mins|minutes?)?\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AlertTime();

    [GeneratedRegex(@"^(?:the\s+|les\s+|l['’])?(?:agents?|agent)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AgentWord();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|\bet\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Separators();
}

/// <summary>What a sentence asks of a call queue, as typed (null: not mentioned).</summary>
/// <param name="Name">The new name.</param>
/// <param name="Routing">The new routing method.</param>
/// <param name="AlertTime">The new agent alert time, seconds.</param>
/// <param name="Timeout">The new timeout, seconds (not yet rounded).</param>
/// <param name="Overflow">The new overflow threshold, calls.</param>
/// <param name="RemovedAgents">The people to take out of the agents, as typed.</param>
internal sealed record CallQueueRequest(
    string? Name, Core.CallQueues.RoutingMethod? Routing, int? AlertTime, int? Timeout, int? Overflow, IReadOnlyList<string> RemovedAgents)
{
    /// <summary>Greeting, music, switches and exception actions.</summary>
    public QueueSettingsRequest Settings { get; init; } = new();

    /// <summary>The agents an "agents Alex and Sam" clause names, as typed (used when creating a queue).</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>The Teams channel and the groups whose members answer, as the sentence names them.</summary>
    public AgentSources Sources { get; init; } = new(ChannelChange.Unchanged, [], [], false, string.Empty);

    /// <summary>True when the sentence names no change.</summary>
    public bool IsEmpty => Name is null && Routing is null && AlertTime is null && Timeout is null && Overflow is null && RemovedAgents.Count == 0 && Settings.IsEmpty && !Sources.Any;
}
