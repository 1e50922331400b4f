using System.Text.RegularExpressions;
using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The attendant-wide settings a sentence gives beside its flows: the operator, and dial by name or by extension.</summary>
internal static partial class CallFlowSentence
{
    private static TargetAsk? Operator(string folded, string shown, bool[] used, IReadOnlyList<string> quotes)
    {
        if (OperatorIs().Match(folded) is not { Success: true } match)
        {
            return null;
        }

        // "operator is Megan and 0 for the operator": the name stops where the next key starts.
        var group = match.Groups["t"];
        var cut = TargetEnd().Match(group.Value);
        var length = cut.Success ? cut.Index : group.Length;
        Use(used, match.Index, group.Index - match.Index + length);
        return Target(group.Value[..length], shown.Substring(group.Index, length), quotes) is { Kind: TargetKind.Named or TargetKind.External } target ? target : null;
    }

    private static DirectorySearchMethod? Search(string folded, bool[] used)
    {
        if (ByName().Match(folded) is { Success: true } name)
        {
            Use(used, name.Index, name.Length);
            return DirectorySearchMethod.ByName;
        }

        if (ByExtension().Match(folded) is { Success: true } extension)
        {
            Use(used, extension.Index, extension.Length);
            return DirectorySearchMethod.ByExtension;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:(?:the\s+)?operator\s+(?:is|will be|should be|=|:)|(?:le |la )?standardiste\s+(?:est|sera|:)|l'operat(?:eur|rice)\s+(?:est|sera|:)|operat(?:eur|rice)\s*:)\s+(?<t>[^,;.]+)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex OperatorIs();

    [GeneratedRegex(@"\b(?:dial(?:ing)? by name|search by name|(?:composition|numerotation|recherche|composer) par (?:le )?nom|par nom)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ByName();

    [GeneratedRegex(@"\b(?:dial(?:ing)? by extension|search by extension|(?:composition|numerotation|recherche|composer) par (?:le )?(?:numero de )?(?:poste|extension)|par (?:numero de )?poste|par extension)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ByExtension();
}
