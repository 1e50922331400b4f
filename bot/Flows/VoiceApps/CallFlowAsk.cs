using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>What a target phrase names, before it is looked up in the tenant.</summary>
internal enum TargetKind
{
    /// <summary>Hang up.</summary>
    Disconnect,

    /// <summary>The attendant's operator.</summary>
    Operator,

    /// <summary>A quoted text played as an announcement.</summary>
    Announcement,

    /// <summary>A phone number outside the tenant.</summary>
    External,

    /// <summary>Voicemail, of the named owner when one is given.</summary>
    Voicemail,

    /// <summary>A call queue, auto attendant or person by name.</summary>
    Named,
}

/// <summary>The kind a target phrase's words point at ("queue", « file », "attendant", « standard », "person").</summary>
internal enum TargetHint
{
    /// <summary>No kind word.</summary>
    None,

    /// <summary>A call queue.</summary>
    Queue,

    /// <summary>An auto attendant.</summary>
    Attendant,

    /// <summary>A person.</summary>
    Person,
}

/// <summary>A target as a sentence names it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The name (folded), the number, the announcement's text or the voicemail's owner.</param>
/// <param name="Hint">The kind its words point at.</param>
/// <param name="MaybeOperator">The words also mean the operator ("reception", « accueil ») when nothing has that name.</param>
internal sealed record TargetAsk(TargetKind Kind, string Text, TargetHint Hint = TargetHint.None, bool MaybeOperator = false)
{
    /// <summary>The name as typed, for messages.</summary>
    public string Shown { get; init; } = Text;
}

/// <summary>A greeting as a sentence gives it: a text to read, or an audio file's name.</summary>
internal sealed record PromptAsk(string? Text, string? AudioFile);

/// <summary>A menu key and where it sends callers.</summary>
internal sealed record OptionAsk(char Key, TargetAsk Target);

/// <summary>What a sentence says about one call flow: its greeting, menu keys, or one action taken at once.</summary>
internal sealed record FlowAsk(PromptAsk? Greeting, IReadOnlyList<OptionAsk> Options, TargetAsk? Action)
{
    /// <summary>Nothing said.</summary>
    public static FlowAsk None { get; } = new(null, [], null);

    /// <summary>True when nothing is said about the flow.</summary>
    public bool IsEmpty => Greeting is null && Options.Count == 0 && Action is null;
}

/// <summary>A problem found while reading, as a resource key and its arguments (said in the reader's language).</summary>
internal sealed record SentenceProblem(string Key, params object[] Args)
{
    /// <summary>The problem in <paramref name="language"/>.</summary>
    public string Describe(ChatPhone.Core.Common.Language language) => BotText.Get(language, Key, Args);

    /// <inheritdoc />
    public bool Equals(SentenceProblem? other) => other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Everything a sentence says about an auto attendant's call flows.</summary>
/// <param name="Business">The business-hours (default) flow.</param>
/// <param name="AfterHours">The after-hours flow.</param>
/// <param name="Holidays">What holidays do (a redirect or a hang-up, with a greeting).</param>
/// <param name="Operator">The operator.</param>
/// <param name="Search">Dial by name or by extension.</param>
/// <param name="Problems">What was read and cannot be used (a reserved key, a key used twice, an unknown audio file).</param>
/// <param name="Rest">The sentence with what was read blanked out, for the other readers.</param>
internal sealed record CallFlowAsk(
    FlowAsk Business,
    FlowAsk AfterHours,
    FlowAsk Holidays,
    TargetAsk? Operator,
    DirectorySearchMethod? Search,
    IReadOnlyList<SentenceProblem> Problems,
    string Rest)
{
    /// <summary>True when the sentence says nothing about call flows.</summary>
    public bool IsEmpty => Business.IsEmpty && AfterHours.IsEmpty && Holidays.IsEmpty && Operator is null && Search is null && Problems.Count == 0;
}

/// <summary>Says what stops a call-flow change.</summary>
internal static class SentenceProblems
{
    /// <summary>Sends every problem at once under <paramref name="header"/>, one per line.</summary>
    public static Task SendAsync(FlowTurn turn, string header, IEnumerable<SentenceProblem> problems, CancellationToken cancellationToken) =>
        SendAsync(turn, header, problems.Distinct().Select(p => p.Describe(turn.Language)), cancellationToken);

    /// <summary>Sends every line at once under <paramref name="header"/>.</summary>
    public static Task SendAsync(FlowTurn turn, string header, IEnumerable<string> lines, CancellationToken cancellationToken) =>
        turn.SendTextAsync(header + string.Concat(lines.Distinct().Select(line => "\n\n- " + line)), cancellationToken);
}
