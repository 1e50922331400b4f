using System.Text;
using System.Text.RegularExpressions;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Reads what a sentence says about an auto attendant's call flows, in English or French: greetings (a quoted text, or
/// "audio file welcome.mp3"), menu keys ("press 1 for Sales, 2 for Support and 0 for the operator", « touche 1 pour la
/// file Ventes, 2 pour le support », "9 to hang up", "4 for +1 425 555 0100"), one action taken at once ("send calls to
/// voicemail", « transférer vers le +33 1 … », "hang up"), after hours (« en dehors des horaires … ») and holidays ("on
/// holidays …") each with its own part of the sentence, the operator ("operator is Megan") and dial by name or extension.
/// Targets stay names here; <see cref="CallFlowTargets"/> looks them up in the tenant.
/// </summary>
internal static partial class CallFlowSentence
{
    private enum Section
    {
        Business,
        AfterHours,
        Holidays,
    }

    /// <summary>What <paramref name="text"/> says; <paramref name="ignore"/> are names (the attendant's) whose words are never read.</summary>
    public static CallFlowAsk Read(string text, params string?[] ignore)
    {
        var quotes = new List<string>();
        var masked = Quote().Replace(text, m =>
        {
            var inner = m.Groups["t"].Value.Trim();
            if (ignore.Any(n => n is not null && VoiceAppReplies.Fold(n) == VoiceAppReplies.Fold(inner)))
            {
                return m.Value;
            }

            quotes.Add(inner);
            return $" §{quotes.Count - 1}§ ".PadRight(m.Length);
        });
        var folded = Normalise(masked);
        foreach (var name in ignore.OfType<string>().Where(n => n.Trim().Length > 0))
        {
            folded = Regex.Replace(folded, $@"(?<![\p{{L}}\d]){Regex.Escape(Normalise(name.Trim()))}(?![\p{{L}}\d])", m => new string(' ', m.Length), RegexOptions.None, TimeSpan.FromMilliseconds(200));
        }

        var shown = masked.Length == folded.Length ? masked : folded;
        var used = new bool[folded.Length];
        var problems = new List<SentenceProblem>();
        var @operator = Operator(folded, shown, used, quotes);
        var search = Search(folded, used);
        var flows = new Dictionary<Section, FlowAsk>();
        foreach (var (section, start, end) in Sections(folded))
        {
            var flow = Flow(folded, shown, start, end, used, quotes, problems);
            flows[section] = flows.TryGetValue(section, out var earlier) ? Merge(earlier, flow) : flow;
        }

        var rest = Rest(masked, folded, used);
        return new CallFlowAsk(
            flows.GetValueOrDefault(Section.Business) ?? FlowAsk.None,
            flows.GetValueOrDefault(Section.AfterHours) ?? FlowAsk.None,
            flows.GetValueOrDefault(Section.Holidays) ?? FlowAsk.None,
            @operator,
            search,
            problems,
            rest);
    }

    /// <summary>Lower case, no accents, one kind of apostrophe; the same length as <paramref name="text"/> for Latin text.</summary>
    private static string Normalise(string text) => TextFolding.Fold(text).Replace('’', '\'').Replace('‘', '\'');

    private static IEnumerable<(Section Section, int Start, int End)> Sections(string folded)
    {
        var marks = SectionMark().Matches(folded)
            .Select(m => (Section: m.Groups["after"].Success ? Section.AfterHours : m.Groups["holiday"].Success ? Section.Holidays : Section.Business, m.Index, End: m.Index + m.Length))
            .ToList();
        var at = 0;
        var current = Section.Business;
        foreach (var mark in marks)
        {
            yield return (current, at, mark.Index);
            current = mark.Section;
            at = mark.End;
        }

        yield return (current, at, folded.Length);
    }

    private static FlowAsk Flow(string folded, string shown, int start, int end, bool[] used, IReadOnlyList<string> quotes, List<SentenceProblem> problems)
    {
        var segment = folded[start..end];
        var typed = shown[start..end];
        var options = Options(segment, typed, start, used, quotes, problems);
        var greeting = Audio(segment, start, used, quotes, problems);
        var action = Action(segment, typed, start, used, quotes);
        if (greeting is null)
        {
            foreach (Match quote in Placeholder().Matches(segment))
            {
                if (!used[start + quote.Index])
                {
                    Use(used, start + quote.Index, quote.Length);
                    greeting = new PromptAsk(quotes[int.Parse(quote.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture)], null);
                    break;
                }
            }
        }

        return new FlowAsk(greeting, options, action);
    }

    private static List<OptionAsk> Options(string segment, string typed, int offset, bool[] used, IReadOnlyList<string> quotes, List<SentenceProblem> problems)
    {
        var options = new List<OptionAsk>();
        var starts = KeyStart().Matches(segment).ToArray();
        var lastEnd = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            // A key without "press" belongs to the list when only joiners separate it from the previous key's target, or when
            // a joiner comes right before it once a key was read ("…, operator is Megan and 0 for the operator").
            var chained = lastEnd >= 0 && lastEnd <= start.Index
                && (Chain().IsMatch(segment[lastEnd..start.Index]) || Joined().IsMatch(segment[lastEnd..start.Index]));
            if (!start.Groups["kw"].Success && !chained)
            {
                continue;
            }

            var limit = i + 1 < starts.Length ? starts[i + 1].Index : segment.Length;
            var body = segment[(start.Index + start.Length)..limit];
            var cut = TargetEnd().Match(body);
            var phrase = cut.Success ? body[..cut.Index] : body;
            lastEnd = start.Index + start.Length + phrase.Length;
            Use(used, offset + start.Index, lastEnd - start.Index);
            if (Key(start.Groups["k"].Value) is not { } key)
            {
                problems.Add(new SentenceProblem("Aa2_KeyRange", start.Groups["k"].Value));
                continue;
            }

            if (key is '*' or '#')
            {
                problems.Add(new SentenceProblem("Aa2_KeyReserved", key.ToString()));
                continue;
            }

            if (options.Any(o => o.Key == key))
            {
                problems.Add(new SentenceProblem("Aa2_KeyTwice", key.ToString()));
                continue;
            }

            var from = start.Index + start.Length;
            if (Target(phrase, typed.Substring(from, phrase.Length), quotes) is { } target)
            {
                options.Add(new OptionAsk(key, target));
            }
            else
            {
                problems.Add(new SentenceProblem("Aa2_KeyNoTarget", key.ToString()));
            }
        }

        return options;
    }

    private static char? Key(string text) => text switch
    {
        "star" or "etoile" or "*" => '*',
        "pound" or "hash" or "diese" or "#" => '#',
        { Length: 1 } digit when char.IsDigit(digit[0]) => digit[0],
        _ => null,
    };

    private static PromptAsk? Audio(string segment, int offset, bool[] used, IReadOnlyList<string> quotes, List<SentenceProblem> problems)
    {
        if (AudioFile().Match(segment) is not { Success: true } audio || used[offset + audio.Index])
        {
            return null;
        }

        Use(used, offset + audio.Index, audio.Length);
        var file = audio.Groups["f"].Value;
        if (Placeholder().Match(file) is { Success: true } quoted)
        {
            file = quotes[int.Parse(quoted.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture)];
        }

        return new PromptAsk(null, file.Trim());
    }

    private static TargetAsk? Action(string segment, string typed, int offset, bool[] used, IReadOnlyList<string> quotes)
    {
        foreach (Match send in SendTo().Matches(segment))
        {
            if (used[offset + send.Index])
            {
                continue;
            }

            var body = segment[(send.Index + send.Length)..];
            var cut = TargetEnd().Match(body);
            var phrase = cut.Success ? body[..cut.Index] : body;
            if (Target(phrase, typed.Substring(send.Index + send.Length, phrase.Length), quotes) is { } target)
            {
                Use(used, offset + send.Index, send.Length + phrase.Length);
                return target;
            }
        }

        foreach (Match hangUp in HangUp().Matches(segment))
        {
            if (!used[offset + hangUp.Index])
            {
                Use(used, offset + hangUp.Index, hangUp.Length);
                return new TargetAsk(TargetKind.Disconnect, string.Empty);
            }
        }

        return null;
    }

    private static FlowAsk Merge(FlowAsk first, FlowAsk second) =>
        new(first.Greeting ?? second.Greeting, [.. first.Options, .. second.Options.Where(o => first.Options.All(f => f.Key != o.Key))], first.Action ?? second.Action);

    private static void Use(bool[] used, int start, int length)
    {
        for (var i = Math.Max(0, start); i < Math.Min(used.Length, start + length); i++)
        {
            used[i] = true;
        }
    }

    // The sentence without what was read, so the hours reader never sees menu keys or numbers; the original's case is
    // kept where folding kept the length (any Latin text), else the folded text is used.
    private static string Rest(string masked, string folded, bool[] used)
    {
        var source = masked.Length == folded.Length ? masked : folded;
        var builder = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            builder.Append(used[i] ? ' ' : source[i]);
        }

        return Placeholder().Replace(builder.ToString(), " ");
    }

    private static string Strip(string text) => Articles().Replace(text.Trim(), string.Empty).Trim().Trim('\'', '"', ',', '.', ';', ':').Trim();

    [GeneratedRegex(@"«\s*(?<t>[^»]+?)\s*»|“(?<t>[^”]+)”|""(?<t>[^""]+)""|„(?<t>[^“”]+)[“”]|(?<![\p{L}\d])['‘](?<t>[^'‘’]+?(?:['’]\p{L}[^'‘’]*?)*)['’](?![\p{L}\d])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?:\s+(?:and|et|or|ou|then|puis))+\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"§(?<i>\d+)§", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<after>\b(?:after[ -]?hours?|outside (?:of )?(?:the )?(?:business |office |opening |working )?hours|out of hours|when (?:we are |we're |it is |it's |the office is )?closed|at night|en dehors des (?:heures|horaires)(?: d'ouverture| de bureau)?|hors (?:des )?(?:heures|horaires)(?: d'ouverture| de bureau)?|apres (?:les )?(?:heures|horaires)(?: d'ouverture)?|apres la fermeture|quand (?:c'est|on est|nous sommes) fermes?|la nuit)\b)|(?<holiday>\b(?:on (?:public |bank )?holidays|during (?:public |bank )?holidays|for (?:public |bank )?holidays|on days off|les jours feries|pendant les jours feries|les jours de fermeture|pendant les conges|les feries)\b)|(?<business>\b(?:during (?:the )?(?:business|office|opening|working) hours|in (?:business|office) hours|pendant les (?:heures|horaires) d'ouverture|aux heures d'ouverture|en journee)\b)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SectionMark();

    [GeneratedRegex(@"(?<![\d+\-./:])(?:(?<kw>\b(?:press|presses|push|hit|dial|key|option|touche|touches|appuyez sur|appuyer sur|appuie sur|appuyez|tapez|taper|tape|composez|faites le|faire le|choix)\s+(?:the |la |le )?)|\b|(?=[*#]))(?<k>\d+|[*#]|star|pound|hash|etoile|diese)(?![\d.,]\d)\s*(?:for|to|goes to|=|:|->|pour|vers|renvoie vers|envoie vers|transfere vers)\s", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex KeyStart();

    [GeneratedRegex(@"^[\s,;]*(?:(?:and|et|or|ou|then|puis|also|aussi)\b)?[\s,;]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Chain();

    [GeneratedRegex(@"(?:[,;]|\b(?:and|et|then|puis))\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Joined();

    [GeneratedRegex(@"\s*(?:[,;]|\.(?:\s|$)|\s(?:and|et|or|ou|then|puis)\s+(?:(?:press|push|hit|dial|touche|appuyez|tapez)\b|\d\s*(?:for|to|pour)\b)|\s+(?:and|et|then|puis)\s+(?:hang|raccroch|disconnect))", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TargetEnd();

    [GeneratedRegex(@"^(?:(?:the|an?|le|la|les|l'|au|aux|a|to|vers|de|du|d'|our|notre|nos)\s*(?<=\s|')\s*)+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Articles();

    [GeneratedRegex(@"\b(?:(?:send|sends|transfer|transfers|forward|forwards|redirect|redirects|route|routes|envoyer|envoie|envoient|envoyez|transferer|transfere|transferez|transferent|renvoyer|renvoie|renvoyez|rediriger|redirige|redirigez|orienter|oriente|basculer|bascule)(?:\s+(?:now|desormais|maintenant|dorenavant|directly|directement))?(?:\s+(?:all\s+)?(?:the\s+)?(?:calls?|callers?|them|les appels|tous les appels|appels|l'appel|les appelants|les))?(?:\s+(?:now|desormais|maintenant|dorenavant|directly|directement))?\s+(?:to|vers|sur|au|aux|a)|(?:calls?|les appels)\s+(?:go|goes|vont|iront)\s+(?:to|vers|a|au|sur))\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SendTo();

    [GeneratedRegex(@"\b(?:(?:audio file|audio|recording|sound file|greeting file|file|fichier audio|fichier son|fichier|enregistrement)\s*:?\s*(?<f>§\d+§|[\w\-.]+\.(?:mp3|wav|wma)\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(?<f>[\w\-.]+\.(?:mp3|wav|wma))\b)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AudioFile();
}
