using System.Text.RegularExpressions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The conferencing languages in words: their display names in the person's language (from the resources), and the
/// names people type for them in English and French ("English then Spanish", « français puis anglais », « en-US »),
/// read in the order typed. A bare "English", "French" or "Spanish" is the first of its variants in core's list
/// order that a person most often means (en-US, fr-FR, es-ES); the other variants need their qualifier.
/// </summary>
internal static partial class BridgeLanguageNames
{
    // Folded words → culture id; longer phrases win over the shorter ones they contain.
    private static readonly (string Words, string CultureId)[] Aliases =
    [
        ("arabic", "ar-SA"), ("arabe", "ar-SA"),
        ("simplified chinese", "zh-CN"), ("chinese simplified", "zh-CN"), ("chinese", "zh-CN"), ("mandarin", "zh-CN"),
        ("chinois simplifie", "zh-CN"), ("chinois", "zh-CN"),
        ("traditional chinese", "zh-TW"), ("chinese traditional", "zh-TW"), ("chinois traditionnel", "zh-TW"),
        ("danish", "da-DK"), ("danois", "da-DK"),
        ("dutch", "nl-NL"), ("neerlandais", "nl-NL"), ("hollandais", "nl-NL"),
        ("australian english", "en-AU"), ("english australia", "en-AU"), ("english au", "en-AU"), ("anglais australien", "en-AU"),
        ("anglais d australie", "en-AU"),
        ("british english", "en-GB"), ("english uk", "en-GB"), ("uk english", "en-GB"), ("anglais britannique", "en-GB"),
        ("anglais du royaume uni", "en-GB"),
        ("english", "en-US"), ("american english", "en-US"), ("english us", "en-US"), ("us english", "en-US"), ("anglais", "en-US"),
        ("anglais americain", "en-US"),
        ("finnish", "fi-FI"), ("finnois", "fi-FI"),
        ("canadian french", "fr-CA"), ("french canadian", "fr-CA"), ("french canada", "fr-CA"), ("french ca", "fr-CA"),
        ("francais canadien", "fr-CA"), ("francais du canada", "fr-CA"), ("francais du quebec", "fr-CA"), ("quebecois", "fr-CA"),
        ("french", "fr-FR"), ("francais", "fr-FR"), ("francais de france", "fr-FR"),
        ("german", "de-DE"), ("allemand", "de-DE"),
        ("hebrew", "he-IL"), ("hebreu", "he-IL"),
        ("italian", "it-IT"), ("italien", "it-IT"),
        ("japanese", "ja-JP"), ("japonais", "ja-JP"),
        ("korean", "ko-KR"), ("coreen", "ko-KR"),
        ("norwegian", "nb-NO"), ("bokmal", "nb-NO"), ("norvegien", "nb-NO"),
        ("portuguese", "pt-BR"), ("brazilian portuguese", "pt-BR"), ("portugais", "pt-BR"), ("portugais bresilien", "pt-BR"),
        ("russian", "ru-RU"), ("russe", "ru-RU"),
        ("mexican spanish", "es-MX"), ("spanish mexico", "es-MX"), ("spanish mx", "es-MX"), ("espagnol mexicain", "es-MX"),
        ("espagnol du mexique", "es-MX"),
        ("spanish", "es-ES"), ("castilian", "es-ES"), ("espagnol", "es-ES"), ("castillan", "es-ES"),
        ("swedish", "sv-SE"), ("suedois", "sv-SE"),
        ("turkish", "tr-TR"), ("turc", "tr-TR"),
        ("ukrainian", "uk-UA"), ("ukrainien", "uk-UA"),
    ];

    /// <summary>The display name of a culture id in <paramref name="language"/> (the id itself when unknown).</summary>
    public static string Display(string cultureId, Language language) =>
        ConferencingLanguages.Canonical(cultureId) is { } id ? BotText.Get(language, "Conf2_Lang_" + id.Replace("-", string.Empty, StringComparison.Ordinal)) : cultureId;

    /// <summary>The display names of <paramref name="languages"/>, primary first, in order.</summary>
    public static string Display(NumberLanguages languages, Language language) =>
        string.Join(" → ", languages.Secondary.Prepend(languages.Primary).Select(id => Display(id, language)));

    /// <summary>The languages <paramref name="raw"/> names, in the order typed (culture ids such as « en-US » too).</summary>
    public static IReadOnlyList<string> Read(string raw)
    {
        var found = new List<(int At, string Id)>();
        foreach (Match match in CultureId().Matches(raw))
        {
            if (ConferencingLanguages.Canonical(match.Value) is { } id)
            {
                found.Add((match.Index, id));
            }
        }

        var text = CultureId().Replace(raw, m => new string(' ', m.Length));
        var words = " " + ServiceSentence.Words(text) + " ";
        var taken = new bool[words.Length];
        foreach (var (alias, id) in Aliases.OrderByDescending(a => a.Words.Length))
        {
            var at = 0;
            while ((at = words.IndexOf(" " + alias + " ", at, StringComparison.Ordinal)) >= 0)
            {
                if (!taken.Skip(at + 1).Take(alias.Length).Any(t => t))
                {
                    Array.Fill(taken, true, at + 1, alias.Length);
                    // Positions of words and of raw culture ids differ; culture ids are rare enough to go first when mixed.
                    found.Add((raw.Length + at, id));
                }

                at += alias.Length + 1;
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Id).ToArray();
    }

    [GeneratedRegex(@"\b[a-zA-Z]{2}-[a-zA-Z]{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CultureId();
}
