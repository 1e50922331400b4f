using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Reads, clause by clause, the settings of a call queue a sentence names beyond its name and routing: greeting (text to
/// speech in quotes, or an audio file), music on hold (default or a file), presence-based routing, conference mode and
/// opt-out on or off, the prompt language, the overflow threshold and action, the timeout and its action, the no-agent
/// action and which calls it applies to. Values are read as typed; the planner checks the limits and looks targets up.
/// </summary>
internal static partial class QueueSettingSentence
{
    private static readonly (string Words, string Language)[] Languages =
    [
        ("british english|english uk|anglais britannique", "en-GB"), ("canadian french|francais canadien|francais du canada", "fr-CA"),
        ("english|anglais", "en-US"), ("french|francais", "fr-FR"), ("german|allemand", "de-DE"), ("spanish|espagnol", "es-ES"),
        ("italian|italien", "it-IT"), ("dutch|neerlandais", "nl-NL"), ("portuguese|portugais", "pt-BR"), ("japanese|japonais", "ja-JP"),
    ];

    /// <summary>The settings <paramref name="parsed"/> names.</summary>
    public static QueueSettingsRequest Read(CallQueueClauses.Parsed parsed)
    {
        var overflow = parsed.Find(CallQueueClauses.Topic.Overflow);
        var timeout = parsed.Find(CallQueueClauses.Topic.Timeout);
        var noAgent = parsed.Find(CallQueueClauses.Topic.NoAgent);
        return new QueueSettingsRequest
        {
            Greeting = parsed.Find(CallQueueClauses.Topic.Greeting) is { } greeting ? Prompt(parsed, greeting) : null,
            Music = parsed.Find(CallQueueClauses.Topic.Music) is { } music ? Music(parsed, music) : null,
            Presence = Switch(parsed.Find(CallQueueClauses.Topic.Presence)),
            Conference = Switch(parsed.Find(CallQueueClauses.Topic.Conference)),
            OptOut = Switch(parsed.Find(CallQueueClauses.Topic.OptOut)),
            LanguageId = parsed.Find(CallQueueClauses.Topic.Language) is { } language ? Language(language.Soft) : null,
            OverflowThreshold = overflow is null ? null : Number(Calls().Match(Unphoned(overflow.Soft))),
            OverflowAction = overflow is null ? null : QueueActionSentence.Read(parsed, overflow),
            TimeoutThreshold = timeout is null ? null : Seconds(Duration().Match(Unphoned(timeout.Soft))),
            TimeoutAction = timeout is null ? null : QueueActionSentence.Read(parsed, timeout),
            NoAgentAction = noAgent is null ? null : QueueActionSentence.Read(parsed, noAgent),
            NoAgentApplyTo = noAgent is null ? null
                : NewCalls().IsMatch(noAgent.Soft) ? NoAgentApplyTo.NewCalls
                : AllCalls().IsMatch(noAgent.Soft) ? NoAgentApplyTo.AllCalls : null,
        };
    }

    /// <summary>The agents a clause "agents Alex, Sam and Inès" names, as typed.</summary>
    public static IReadOnlyList<string> Agents(CallQueueClauses.Clause clause)
    {
        var names = AgentsWord().Replace(clause.Text, string.Empty);
        return Separators().Split(names).Select(n => n.Trim().Trim('"', '“', '”', '«', '»', '.', ':')).Where(n => n.Length > 0).ToArray();
    }

    private static PromptRequest Prompt(CallQueueClauses.Parsed parsed, CallQueueClauses.Clause clause)
    {
        if (parsed.QuoteIn(clause) is { Length: > 0 } quoted)
        {
            return AudioName().IsMatch(quoted) && !quoted.Contains(' ', StringComparison.Ordinal) ? new PromptRequest(AudioName: quoted) : new PromptRequest(Text: quoted);
        }

        if (Guid().Match(clause.Soft) is { Success: true } id)
        {
            return new PromptRequest(AudioId: id.Value);
        }

        if (AudioName().Match(clause.Text) is { Success: true } file)
        {
            return new PromptRequest(AudioName: file.Value);
        }

        if (None().IsMatch(clause.Soft) || None().IsMatch(clause.Before))
        {
            return new PromptRequest(None: true);
        }

        var colon = clause.Text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && clause.Text[(colon + 1)..].Trim() is { Length: > 0 } text ? new PromptRequest(Text: text) : new PromptRequest();
    }

    private static PromptRequest Music(CallQueueClauses.Parsed parsed, CallQueueClauses.Clause clause)
    {
        if (DefaultWords().IsMatch(clause.Soft) || DefaultWords().IsMatch(LastWords().Match(clause.Before).Value))
        {
            return new PromptRequest(None: true);
        }

        var prompt = Prompt(parsed, clause);
        return prompt.Text is { } text ? new PromptRequest(AudioName: text) : prompt;
    }

    // On or off: the words in the clause ("presence-based routing off"), else the verb just before it ("disable conference mode").
    private static bool? Switch(CallQueueClauses.Clause? clause)
    {
        if (clause is null)
        {
            return null;
        }

        var before = LastWords().Match(clause.Before).Value;
        foreach (var text in new[] { clause.Soft, before })
        {
            if (Off().IsMatch(text))
            {
                return false;
            }

            if (On().IsMatch(text))
            {
                return true;
            }
        }

        return null;
    }

    private static string? Language(string soft)
    {
        if (LanguageCode().Matches(soft).Select(m => SupportedLanguages.Canonical(m.Value)).OfType<string>().FirstOrDefault() is { } code)
        {
            return code;
        }

        return Languages.FirstOrDefault(l => Regex.IsMatch(soft, $@"\b({l.Words})\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Language;
    }

    private static string Unphoned(string soft) => Phone().Replace(soft, " ");

    private static int? Number(Match match) =>
        match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Seconds(Match match) =>
        Number(match) is not { } value ? null
        : match.Groups["unit"].Value.StartsWith('m') ? value * 60
        : match.Groups["unit"].Value.StartsWith('h') ? value * 3600 : value;

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,6})(?!\d)(?!\s*(?:s|sec\w*|min\w*|mn)\b)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Calls();

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,6})\s*(?<unit>s|sec|secs|seconds?|secondes?|min|mins|minutes?|mn|h|hours?|heures?)?\b(?!\s*(?:calls?|appels?)\b)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:\+|\b00|\b0)\d(?:[\s.()/-]*\d){6,}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Guid();

    [GeneratedRegex(@"[\w\-]+\.(?:mp3|wav|wma|m4a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AudioName();

    [GeneratedRegex(@"\b(no|none|remove|delete|without|sans|aucun|aucune|supprime\w*|retire\w*|enleve\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex None();

    [GeneratedRegex(@"\b(default|by default|par defaut|standard|normal|normale|usual|habituelle?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex DefaultWords();

    [GeneratedRegex(@"\b(off|disabled?|disabling|disallow\w*|don't\s+allow|turn\s+off|switch\s+off|no|not|without|cannot|can't|can\s+not|desactiv\w*|sans|non|pas|coupe\w*|false|interdi\w*|inactif)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Off();

    [GeneratedRegex(@"\b(on|enabled?|enabling|allow\w*|turn\s+on|switch\s+on|yes|with|can|may|activ\w*|avec|oui|true|autorise\w*|peuvent)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex On();

    [GeneratedRegex(@"(?:\S+\s+){0,3}\S*\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LastWords();

    [GeneratedRegex(@"(?<![a-z])[a-z]{2}-[a-z]{2}(?![a-z])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\b(new\s+calls?|nouveaux\s+appels|nouveaux|only\s+new|seulement\s+les\s+nouveaux)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NewCalls();

    [GeneratedRegex(@"\b(all\s+calls|every\s+call|tous\s+les\s+appels)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AllCalls();

    [GeneratedRegex(@"^\s*(?:with\s+agents|avec\s+(?:les\s+)?agents|les\s+agents|agents?)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AgentsWord();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bet\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Separators();
}

/// <summary>A greeting or a music file as typed: text, an audio file id, an audio file name, or none / the default.</summary>
internal sealed record PromptRequest(string? Text = null, string? AudioId = null, string? AudioName = null, bool None = false)
{
    /// <summary>True when the clause named the setting but no value for it.</summary>
    public bool IsEmpty => Text is null && AudioId is null && AudioName is null && !None;
}

/// <summary>The settings a sentence names beyond name, routing and alert time, as typed (null: not named).</summary>
internal sealed record QueueSettingsRequest
{
    public PromptRequest? Greeting { get; init; }

    public PromptRequest? Music { get; init; }

    public bool? Presence { get; init; }

    public bool? Conference { get; init; }

    public bool? OptOut { get; init; }

    public string? LanguageId { get; init; }

    public int? OverflowThreshold { get; init; }

    public QueueActionRequest? OverflowAction { get; init; }

    public int? TimeoutThreshold { get; init; }

    public QueueActionRequest? TimeoutAction { get; init; }

    public QueueActionRequest? NoAgentAction { get; init; }

    public NoAgentApplyTo? NoAgentApplyTo { get; init; }

    public bool IsEmpty => this == new QueueSettingsRequest();
}
