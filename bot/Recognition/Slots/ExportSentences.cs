using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// "Export our configuration as PowerShell", « exporte la configuration en PowerShell », "give me the PowerShell script",
/// « script PowerShell de notre paramétrage »: the configuration as a script. Read from the folded words before the
/// intent model: PowerShell (or a <c>.ps1</c>) named together with a word that asks for a file.
/// </summary>
internal static partial class ExportSentences
{
    /// <summary>True when the folded sentence asks for the configuration as a PowerShell script.</summary>
    public static bool Says(string folded) => PowerShell().IsMatch(folded) && (Asks().IsMatch(folded) || Into().IsMatch(folded));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:power\s*-?\s*shell|ps1)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PowerShell();

    // "the configuration as PowerShell", « la configuration en PowerShell », « au format “ps1” » (quotes may surround the word).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:as|in|into|en|au format|sous forme d[e'’])[\s""'“”«»‘’]*(?:a\s+|un\s+)?[\s""'“”«»‘’]*\.?(?:power\s*-?\s*shell|ps1)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Into();

    // English and French verbs and nouns of getting a file: export, download, generate, give, send, write, produce, script.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:export\p{L}*|download\p{L}*|generat\p{L}*|give|send|get|write|produce|create|make|script\p{L}*|file|"
        + @"telecharg\p{L}*|gener\p{L}*|donne\p{L}*|envoi\p{L}*|envoy\p{L}*|ecri\p{L}*|produi\p{L}*|cree\p{L}*|fai[st]|fichier)(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Asks();
}
