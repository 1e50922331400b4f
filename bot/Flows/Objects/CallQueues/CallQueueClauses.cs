using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Cuts a call queue sentence into clauses, one per setting it names ("greeting « … »", "overflow after 10 calls to
/// voicemail of Megan", "no agent: keep them in the queue", "agents Alex and Sam"). Quoted text is masked first, so words
/// inside a greeting never start a clause. Work is done on a "soft" fold of the text (lower case, accents and typographic
/// quotes removed) that keeps every character at its index, so what a clause names is cut from the text as typed.
/// </summary>
internal static partial class CallQueueClauses
{
    /// <summary>The settings a clause can be about.</summary>
    public enum Topic
    {
        Greeting,
        Music,
        Overflow,
        Timeout,
        NoAgent,
        Alert,
        Presence,
        Conference,
        OptOut,
        Language,
        Agents,
        Routing,
        Other,
    }

    /// <summary>The sentence read once: as typed, soft-folded with quotes masked, its quoted parts and its clauses.</summary>
    public sealed record Parsed(string Text, string Soft, IReadOnlyList<(int Start, int Length, string Value)> Quotes, IReadOnlyList<Clause> Clauses)
    {
        /// <summary>The first clause about <paramref name="topic"/>.</summary>
        public Clause? Find(Topic topic) => Clauses.FirstOrDefault(c => c.Topic == topic);

        /// <summary>The quoted text inside <paramref name="clause"/>, if any.</summary>
        public string? QuoteIn(Clause clause) =>
            Quotes.FirstOrDefault(q => q.Start >= clause.Start && q.Start < clause.Start + clause.Length).Value;

        /// <summary>The text with every clause about a setting taken out (what stays names the queue and, maybe, its agents).</summary>
        public string Remainder()
        {
            var builder = new StringBuilder(Text);
            foreach (var clause in Clauses.Where(c => c.Topic is not (Topic.Agents or Topic.Routing or Topic.Other)))
            {
                for (var i = clause.Start; i < clause.Start + clause.Length; i++)
                {
                    builder[i] = ' ';
                }
            }

            return Separators().Replace(Spaces().Replace(builder.ToString(), " "), "$1").Trim().TrimEnd(',', ';', ' ');
        }
    }

    /// <summary>One clause: where it starts in the text, how long it is, what it is about, and the few words before it.</summary>
    public sealed record Clause(Topic Topic, int Start, int Length, string Soft, string Text, string Before);

    private static readonly (Topic Topic, Regex Pattern)[] Starters =
    [
        (Topic.Greeting, Make(@"\b(greeting|welcome message|welcome prompt|message d'accueil|annonce d'accueil|accueil\s+(?:vocal|audio|parle)|texte d'accueil)\b")),
        (Topic.Music, Make(@"\b(music on hold|hold music|music|musique d'attente|musique)\b")),
        (Topic.Overflow, Make(@"\b(overflow\w*|debordement|saturation|(?:when|if|once)\s+(?:there\s+are\s+)?more\s+than|(?:quand|si|lorsqu'il\s+y\s+a|des\s+qu'il\s+y\s+a)\s+(?:il\s+y\s+a\s+)?plus\s+de)\b")),
        (Topic.Timeout, Make(@"\b(timeout|time\s?-?\s?out|wait(?:ing)?\s+time|max(?:imum)?\s+wait|delai\s+d'attente|temps\s+d'attente|attente\s+maximale|delai\s+maximal|expiration|au\s+bout\s+de|(?:after|apres)\s+\d+\s*(?:s|sec|secs|seconds?|secondes?|min|mins|minutes?|mn)\b)")),
        (Topic.NoAgent, Make(@"\b((?:when\s+|if\s+)?(?:there\s+(?:is|are)\s+)?(?:no|without)\s+agents?|(?:when\s+|if\s+)?(?:no\s*one|nobody)\s+is\s+available|(?:quand\s+|si\s+|s'il\s+n'y\s+a\s+)?(?:aucun\s+agent|pas\s+d'agents?|sans\s+agents?)|(?:quand\s+|si\s+)?personne\s+n'est\s+disponible)\b")),
        (Topic.Alert, Make(@"\b(agent\s+alert|alert|alerte|alerting|ring\s+time|ringing\s+time|sonnerie|delai\s+d'alerte)\b")),
        (Topic.Presence, Make(@"\b(presence(?:[\s-]based)?(?:\s+routing)?|routage\s+(?:base\s+sur\s+la\s+|selon\s+la\s+|par\s+)?presence)\b")),
        (Topic.Conference, Make(@"\b(conference\s+mode|mode\s+conference|conference)\b")),
        (Topic.OptOut, Make(@"\b(opt[\s-]?out|desinscription|se\s+desinscrire|se\s+retirer)\b")),
        (Topic.Language, Make(@"\b(language|langue)\b")),
        (Topic.Routing, Make(@"\b(round[\s-]+robin|tourniquet|circulaire|en\s+rotation|tour\s+a\s+tour|a\s+tour\s+de\s+role|serial|en\s+serie|sequentiel(?:le)?|longest\s+idle|idle\s+longest|plus\s+longtemps\s+inactif|inactif\s+depuis\s+le\s+plus\s+longtemps|parallel|en\s+parallele|attendant\s+routing|routing|routage)\b")),
        (Topic.Agents, Make(@"(?<!\b(?:no|without|aucun|sans|d')\s*)\b(agents?|with\s+agents|avec\s+(?:les\s+)?agents|les\s+agents)\b(?!\s+(?:alert|can|may|cannot|peuvent|is\s+available|disponible))")),
    ];

    /// <summary>Reads <paramref name="text"/>; <paramref name="hidden"/> (the queue's own name) is masked so its words never count.</summary>
    public static Parsed Parse(string text, string? hidden = null)
    {
        var soft = new StringBuilder(Soft(text));
        var quotes = new List<(int, int, string)>();
        foreach (Match quote in Quoted().Matches(text))
        {
            quotes.Add((quote.Index, quote.Length, quote.Groups["q"].Value.Trim()));
            for (var i = quote.Index; i < quote.Index + quote.Length; i++)
            {
                soft[i] = '#';
            }
        }

        if (!string.IsNullOrWhiteSpace(hidden))
        {
            var name = Regex.Escape(Soft(hidden.Trim()));
            foreach (Match own in Regex.Matches(soft.ToString(), $@"(?<![\w#]){name}(?![\w#])", RegexOptions.None, TimeSpan.FromMilliseconds(200)))
            {
                for (var i = own.Index; i < own.Index + own.Length; i++)
                {
                    soft[i] = '~';
                }
            }
        }

        var masked = soft.ToString();
        var starts = new List<(int Index, Topic Topic)>();
        foreach (var (topic, pattern) in Starters)
        {
            foreach (Match match in pattern.Matches(masked))
            {
                // A word inside a longer starter ("agent" in "no agent") belongs to the longer one.
                if (!starts.Any(s => s.Index <= match.Index && match.Index < s.Index + 1) && !Inside(match.Index, starts, masked))
                {
                    starts.Add((match.Index, topic));
                }
            }
        }

        // "timeout after 10 minutes": two starters of one topic in a row make one clause.
        starts = [.. starts.OrderBy(s => s.Index)];
        starts = [.. starts.Where((s, i) => i == 0 || starts[i - 1].Topic != s.Topic)];
        var clauses = new List<Clause>();
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i].Index;
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var length = Trailing(masked, start, end) - start;
            var before = masked[Math.Max(0, start - 30)..start];
            clauses.Add(new Clause(starts[i].Topic, start, length, masked.Substring(start, length), text.Substring(start, length), before));
        }

        return new Parsed(text, masked, quotes, clauses);
    }

    /// <summary>Lower case, no accents, straight quotes; one character for one character, so indexes stay valid.</summary>
    public static string Soft(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            chars[i] = c switch
            {
                '’' or '‘' or '`' => '\'',
                '«' or '»' or '“' or '”' => '"',
                _ when c > 127 && !char.IsSurrogate(c) && c.ToString().Normalize(NormalizationForm.FormD) is { Length: > 1 } parts && CharUnicodeInfo.GetUnicodeCategory(parts[1]) == UnicodeCategory.NonSpacingMark => parts[0],
                _ => c,
            };
        }

        return new string(chars);
    }

    // True when the match starts inside a starter found earlier that is longer ("no agent" holds "agent").
    private static bool Inside(int index, List<(int Index, Topic Topic)> starts, string masked) =>
        starts.Any(s => s.Index < index && index - s.Index < 40 && s.Topic == Topic.NoAgent && masked[s.Index..index].Split(' ').Length <= 5);

    // A clause ends before the separators and linking words that lead to the next one.
    private static int Trailing(string masked, int start, int end)
    {
        var text = masked[start..end];
        var cut = TrailingWords().Match(text);
        return cut.Success ? start + cut.Index : end;
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    [GeneratedRegex(@"(?:[\s,;:.!?]|\b(?:and|et|then|puis|when|if|once|with|avec|quand|si|lorsque|lorsqu'|des que|le|la|les|l'|the|set|mets|passe)\b)*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex TrailingWords();

    [GeneratedRegex(@"«\s*(?<q>[^»]+?)\s*»|“(?<q>[^”]+)”|""(?<q>[^""]+)""|‘(?<q>[^’]+)’|(?<=^|[\s:(])'(?<q>[^']+)'(?=$|[\s,;.!?)])", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*([,;])(?:\s*[,;])+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Separators();
}
