using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The languages of auto attendants and call queues in words, in the reader's language ("French (France)", « français (France) »).</summary>
internal static class VoiceLanguageNames
{
    /// <summary>The name of <paramref name="languageId"/> in <paramref name="language"/>, with its id; the id alone when it is no supported language.</summary>
    public static string Display(string languageId, Language language) =>
        SupportedLanguages.Canonical(languageId) is { } id
            ? $"{BotText.Get(language, "VoiceLang_" + id.Replace("-", string.Empty, StringComparison.Ordinal))} · {id}"
            : languageId;
}
