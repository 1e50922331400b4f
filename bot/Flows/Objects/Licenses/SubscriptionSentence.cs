using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// The new count a sentence asks for, against today's: "reduce the calling plans to 3" and "passe l'abonnement à 5" set a
/// total; "buy 2 more", "ajoute 2 licences" add; "reduce by 2", "give back 2", "retire 2 licences" take away. SKU names are
/// blanked first, so "MCOPSTN1" or "E5" never read as a count. Null when the sentence gives no count (the form is sent).
/// </summary>
internal static partial class SubscriptionSentence
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["un"] = 1, ["une"] = 1, ["two"] = 2, ["deux"] = 2, ["three"] = 3, ["trois"] = 3, ["four"] = 4, ["quatre"] = 4,
        ["five"] = 5, ["cinq"] = 5, ["six"] = 6, ["seven"] = 7, ["sept"] = 7, ["eight"] = 8, ["huit"] = 8, ["nine"] = 9, ["neuf"] = 9, ["ten"] = 10, ["dix"] = 10,
    };

    /// <summary>The total asked for, given <paramref name="purchased"/> units today; null when no count is given.</summary>
    public static int? Target(string text, int purchased)
    {
        var folded = LicenseWords.WithoutSkus(text);
        var match = Count().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value;
        var count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Words.GetValueOrDefault(value, -1);
        if (count < 0)
        {
            return null;
        }

        var before = folded[..match.Index];
        var after = folded[(match.Index + match.Length)..];
        if (SetTo().IsMatch(before))
        {
            return count;
        }

        if (Fewer().IsMatch(before) || Fewer().IsMatch(after))
        {
            return purchased - count;
        }

        return More().IsMatch(before) || More().IsMatch(after) ? purchased + count : count;
    }

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,7}|zero|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?![\w.,]\d)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Count();

    // "to 3", "à 3", "= 3", "set … 3": what comes right before the count makes it a total.
    [GeneratedRegex(@"(\b(to|a|at|en|down to|up to|jusqu'a|total of|total de|only|seulement)|=)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SetTo();

    [GeneratedRegex(@"\b(fewer|less|by|minus|give back|return|drop|remove|cut|moins|rends|rendre|retire|retirer|enleve|enlever|supprime|de moins|en moins|reduce by|reduis de|diminue de|baisse de)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Fewer();

    [GeneratedRegex(@"\b(more|additional|extra|another|add|buy|purchase|plus|de plus|en plus|supplementaires?|ajoute|ajouter|achete|acheter|commande)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex More();
}
