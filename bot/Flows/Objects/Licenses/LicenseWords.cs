using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// The words of license sentences, English and French: which SKUs a sentence names (with where), the names a subscription
/// goes by, and whether a sentence is about a subscription rather than a person.
/// </summary>
internal static partial class LicenseWords
{
    // Names a person may type for each SKU besides its product name and part number, folded.
    private static readonly Dictionary<Sku, string[]> Aliases = new()
    {
        [Sku.PhoneSystem] = ["Teams Phone", "Teams Phone Standard", "Phone System", "systeme telephonique", "telephonie Teams"],
        [Sku.DomesticCallingPlan] = ["calling plan", "calling plans", "domestic calling plan", "domestic calling plans", "forfait d'appels", "forfaits d'appels", "forfait d'appels nationaux", "forfait national", "forfaits"],
        [Sku.InternationalCallingPlan] = ["international calling plan", "international calling plans", "forfait d'appels internationaux", "forfait international", "forfaits d'appels internationaux"],
        [Sku.CommunicationsCredits] = ["communications credits", "communication credits", "credits de communication"],
        [Sku.AudioConferencing] = ["audio conferencing", "audioconference", "conference audio"],
        [Sku.E5] = ["E5", "Office 365 E5"],
        [Sku.E3] = ["E3", "Office 365 E3"],
        [Sku.E1] = ["E1", "Office 365 E1"],
        [Sku.SkypePlan2] = ["Skype for Business Plan 2", "Skype Plan 2"],
        [Sku.ResourceAccount] = ["Teams Phone Resource Account", "resource account license", "resource account licenses", "licence de compte de ressources", "licences de compte de ressources"],
    };

    /// <summary>The names <paramref name="sku"/> goes by: part number, product names in both languages, short names.</summary>
    public static IReadOnlyList<string> NamesOf(Sku sku, IEnumerable<string> productNames) =>
        productNames.Append(sku.PartNumber()).Concat(Aliases[sku]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Lower case, no accents, straight apostrophes: how the vocabulary and the patterns below read text.</summary>
    public static string Fold(string text) => TextFolding.Fold(text).Replace('’', '\'').Replace('‘', '\'');

    /// <summary>The SKUs <paramref name="text"/> names (phrases and part numbers), in text order, with where each starts in the folded text.</summary>
    public static IReadOnlyList<(int Start, int Length, Sku Sku)> Find(string text)
    {
        var folded = Fold(text);
        var found = Vocabulary.Skus.FindAll(folded).Select(h => (h.Start, h.Length, h.Value)).ToList();
        foreach (Match token in PartNumber().Matches(folded))
        {
            if (!found.Any(f => token.Index < f.Start + f.Length && token.Index + token.Length > f.Start) && token.Length >= 4 && Skus.TryParse(token.Value, out var sku))
            {
                found.Add((token.Index, token.Length, sku));
            }
        }

        return found.OrderBy(f => f.Start).ToArray();
    }

    /// <summary>The folded text with every SKU name blanked out (so "MCOPSTN1" or "E5" are never read as counts).</summary>
    public static string WithoutSkus(string text)
    {
        var chars = Fold(text).ToCharArray();
        foreach (var (start, length, _) in Find(text))
        {
            Array.Fill(chars, ' ', start, length);
        }

        return new string(chars);
    }

    /// <summary>True when the sentence names the subscription itself ("the calling plan subscription", "l'abonnement").</summary>
    public static bool NamesSubscription(string text) => Subscription().IsMatch(Fold(text));

    /// <summary>True when the sentence asks to see one thing ("show", "details of", "montre").</summary>
    public static bool AsksToShow(string text) => Show().IsMatch(Fold(text));

    /// <summary>True when the sentence sets or lowers a count rather than buys ("reduce … to 3", "passe … à 5", "give back 2").</summary>
    public static bool SetsCount(string text) => SetCount().IsMatch(Fold(text));

    [GeneratedRegex(@"\b(reduce|lower|decrease|cut|set|change|bring|adjust|give back|return|reduis|reduire|reduisez|diminue|diminuer|baisse|baisser|passe|passer|ramene|ramener|rends|rendre|fixe|fixer|ajuste|ajuster)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetCount();

    [GeneratedRegex(@"\b[a-z][a-z0-9_]{3,}\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"\b(subscriptions?|abonnements?|sku)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Subscription();

    [GeneratedRegex(@"\b(show|display|details?|describe|open|montre|montrez|affiche|affichez|detaille|detail|ouvre)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Show();
}
