namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// The languages of auto attendants and call queues (Get-CsAutoAttendantSupportedLanguage, reference
/// step 8): every one has text-to-speech; some also have speech recognition (voice inputs).
/// </summary>
public static class SupportedLanguages
{
    /// <summary>Languages with text-to-speech and speech recognition.</summary>
    public static readonly IReadOnlyList<string> SpeechRecognition =
    [
        "ca-ES", "zh-CN", "en-AU", "en-CA", "en-IN", "en-GB", "en-US", "fr-CA", "fr-FR", "de-DE", "it-IT", "ja-JP", "pt-BR", "es-MX", "es-ES",
    ];

    /// <summary>Languages with text-to-speech only (voice input off, dial-by-name by keypad only).</summary>
    public static readonly IReadOnlyList<string> TextToSpeechOnly =
    [
        "ar-EG", "zh-HK", "zh-TW", "hr-HR", "cs-CZ", "da-DK", "nl-NL", "fi-FI", "el-GR", "hu-HU", "id-ID", "ko-KR", "nb-NO", "pl-PL", "pt-PT",
        "ro-RO", "ru-RU", "sk-SK", "sl-SI", "sv-SE", "th-TH", "tr-TR", "vi-VN",
    ];

    /// <summary>The canonical spelling of a supported language id (<c>fr-fr</c> gives <c>fr-FR</c>), or null.</summary>
    public static string? Canonical(string? languageId) =>
        languageId is null
            ? null
            : SpeechRecognition.Concat(TextToSpeechOnly).FirstOrDefault(l => l.Equals(languageId.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="languageId"/> has speech recognition.</summary>
    public static bool HasSpeechRecognition(string? languageId) =>
        languageId is not null && SpeechRecognition.Contains(Canonical(languageId));
}

/// <summary>The text-to-speech voice of an auto attendant (VoiceId).</summary>
public enum VoiceId
{
    /// <summary>A female voice (the default).</summary>
    Female,

    /// <summary>A male voice.</summary>
    Male,
}
