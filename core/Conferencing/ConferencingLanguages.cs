namespace ChatPhone.Core.Conferencing;

/// <summary>
/// The 24 languages the conferencing auto attendant speaks (reference step 6,
/// Get-CsOnlineDialInConferencingLanguagesSupported), as culture ids. The reference names the languages
/// only; the culture id of each is ChatPhone's choice (Portuguese is taken as Brazilian Portuguese).
/// </summary>
public static class ConferencingLanguages
{
    /// <summary>At most this many languages after the primary one.</summary>
    public const int MaxSecondary = 4;

    /// <summary>Culture id → English name, in the reference's order.</summary>
    public static IReadOnlyList<(string CultureId, string Name)> Supported { get; } =
    [
        ("ar-SA", "Arabic"),
        ("zh-CN", "Chinese (Simplified)"),
        ("zh-TW", "Chinese (Traditional)"),
        ("da-DK", "Danish"),
        ("nl-NL", "Dutch"),
        ("en-AU", "English (AU)"),
        ("en-GB", "English (UK)"),
        ("en-US", "English (US)"),
        ("fi-FI", "Finnish"),
        ("fr-CA", "French (CA)"),
        ("fr-FR", "French (FR)"),
        ("de-DE", "German"),
        ("he-IL", "Hebrew"),
        ("it-IT", "Italian"),
        ("ja-JP", "Japanese"),
        ("ko-KR", "Korean"),
        ("nb-NO", "Norwegian (Bokmal)"),
        ("pt-BR", "Portuguese"),
        ("ru-RU", "Russian"),
        ("es-MX", "Spanish (MX)"),
        ("es-ES", "Spanish (ES)"),
        ("sv-SE", "Swedish"),
        ("tr-TR", "Turkish"),
        ("uk-UA", "Ukrainian"),
    ];

    /// <summary>The canonical culture id of <paramref name="text"/> (any case), or null when it is not supported.</summary>
    public static string? Canonical(string? text) =>
        Supported.Select(l => l.CultureId).FirstOrDefault(id => id.Equals(text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
