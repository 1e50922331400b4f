using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// "Sync the directory from Microsoft 365", "import our users from Entra ID", « synchronise l’annuaire avec Microsoft
/// 365 », « récupère les utilisateurs depuis Entra »: the people read from the tenant's Microsoft 365 directory. Read
/// from the folded words before the intent model: Microsoft 365 (Office 365, Entra, Azure AD, Graph) named together with
/// a verb of bringing people in and a word for the directory or its people.
/// </summary>
internal static partial class DirectorySyncSentences
{
    /// <summary>True when the folded sentence asks to bring the directory in from Microsoft 365.</summary>
    public static bool Says(string folded) => Source().IsMatch(folded) && Brings().IsMatch(folded) && People().IsMatch(folded);

    /// <summary>
    /// True when the folded sentence asks to bring the phone numbers in from Microsoft 365 ("sync our numbers from
    /// Microsoft 365", « importe les numéros depuis Microsoft 365 »): the same, with a word for numbers instead of people.
    /// </summary>
    public static bool SaysNumbers(string folded) => Source().IsMatch(folded) && Brings().IsMatch(folded) && Numbers().IsMatch(folded);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:microsoft\s*365|m365|office\s*365|o365|entra(?:\s+id)?|azure\s+(?:ad|active\s+directory)|aad|graph)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Source();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:sync\p{L}*|import\p{L}*|pull|fetch|load|read|bring|refresh|update|get|synchronis\p{L}*|recupere\p{L}*|charge\p{L}*|lis|lire|mets?\s+a\s+jour|actualise\p{L}*|rafraichi\p{L}*)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Brings();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:numbers?|phone\s+numbers?|inventory|lines|numeros?|lignes|inventaire)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:directory|users?|people|staff|employees|annuaire|utilisateurs?|personnes|employes|collaborateurs|salaries)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex People();
}
