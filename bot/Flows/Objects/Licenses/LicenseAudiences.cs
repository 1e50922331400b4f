using System.Text.RegularExpressions;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>Reads a <see cref="LicenseAudience"/> from a sentence (English and French).</summary>
internal static partial class LicenseAudiences
{
    // Usage locations by the words people use for them (folded): country names and adjectives, English and French.
    private static readonly (string Country, string Pattern)[] Countries =
    [
        ("FR", @"france|french|francais(es)?|francaises?"),
        ("GB", @"uk|u\.k\.|united kingdom|great britain|britain|british|england|english|royaume uni|britanniques?|angleterre|anglais(es)?"),
        ("US", @"us(?= (users|people|staff|employees|team|based))|u\.s\.|usa|united states|america|american|etats unis|americains?|americaines?"),
        ("DE", @"germany|german|allemagne|allemands?|allemandes?"),
        ("ES", @"spain|spanish|espagne|espagnols?|espagnoles?"),
        ("IT", @"italy|italian|italie|italiens?|italiennes?"),
        ("BE", @"belgium|belgian|belgique|belges?"),
        ("CH", @"switzerland|swiss|suisses?"),
        ("NL", @"netherlands|dutch|pays bas|neerlandais(es)?"),
        ("CA", @"canada|canadian|canadiens?|canadiennes?"),
        ("IE", @"ireland|irish|irlande|irlandais(es)?"),
        ("AU", @"australia|australian|australie|australiens?|australiennes?"),
        ("JP", @"japan|japanese|japon|japonais(es)?"),
    ];

    /// <summary>
    /// The group <paramref name="text"/> names, or null when it names none. <paramref name="departments"/> are the departments
    /// of the directory; <paramref name="assigned"/> are the licenses being given (what "without one" refers to).
    /// </summary>
    public static LicenseAudience? Read(string text, IEnumerable<string> departments, IReadOnlyList<Sku> assigned)
    {
        var folded = " " + Hyphens().Replace(LicenseWords.Fold(text), " ") + " ";
        if (!Group().IsMatch(folded))
        {
            return null;
        }

        var department = departments
            .Where(d => d.Trim().Length > 0)
            .OrderByDescending(d => d.Length)
            .FirstOrDefault(d => InDepartment(folded, LicenseWords.Fold(d)));
        var country = Countries.FirstOrDefault(c => Regex.IsMatch(folded, $@"(?<![\w.])({c.Pattern})(?![\w])", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Country;

        // Licenses named after the group word filter it ("everyone without a calling plan", "who has Teams Phone"); those
        // before it are what is given ("assign Teams Phone to everyone in Sales"). A sentence that gives licenses filters
        // only by what people lack.
        var group = Group().Match(folded).Index;
        var gives = Gives(text);
        var negation = Without().Match(folded, group);
        var holding = Holding().Match(folded, group);
        var without = new List<Sku>();
        var with = new List<Sku>();
        foreach (var (start, _, sku) in LicenseWords.Find(text))
        {
            // The folded text above has a leading space: the offsets of the names found are one less.
            var at = start + 1;
            if (negation.Success && at > negation.Index)
            {
                without.Add(sku);
            }
            else if (!gives && holding.Success && at > holding.Index)
            {
                with.Add(sku);
            }
        }

        if (negation.Success && without.Count == 0 && gives)
        {
            without.AddRange(assigned);
        }

        return department is null && country is null && with.Count == 0 && without.Count == 0
            ? null
            : new LicenseAudience(department, country, with.Distinct().ToArray(), without.Distinct().ToArray());
    }

    /// <summary>True when the sentence gives licenses ("assign", "give", "attribue") rather than asks who holds them.</summary>
    public static bool Gives(string text) => Giving().IsMatch(LicenseWords.Fold(text));

    private static bool InDepartment(string folded, string department)
    {
        var name = Regex.Escape(department);
        var pattern = $@"\b((in|of|from|du|de|des|en|dans|au|aux)( the| le| la| l'| les)?( (department|team|service|equipe|departement|pole))? {name}|{name} (department|team|service|dept)|(department|service|equipe|departement|pole) {name})\b";
        return Regex.IsMatch(folded, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
    }

    [GeneratedRegex(@"-", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Hyphens();

    [GeneratedRegex(@"\b(everyone|everybody|all|people|persons|users|staff|employees|who|whom|anyone|tout le monde|tous|toutes|personnes|utilisateurs|utilisatrices|salaries|collaborateurs|employes|qui|ceux|celles)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Group();

    [GeneratedRegex(@"\b(without|lacking|missing|no|not|don't|doesn't|sans|pas|aucun|aucune)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Without();

    [GeneratedRegex(@"\b(with|has|have|having|holds?|holding|avec|a|ont|possede|possedent|dispose|disposent)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Holding();

    [GeneratedRegex(@"\b(assign|assigns|give|grant|equip|provision|attribue|attribuez|attribuer|donne|donnez|donner|affecte|affectez|octroie|fournis)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Giving();
}
