using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>An audio file in words, for plan, detail and list cards.</summary>
internal static class AudioFileWords
{
    /// <summary>The size in kilobytes or megabytes.</summary>
    public static string Size(long bytes, Language language)
    {
        var culture = language.Culture();
        return bytes >= 1024 * 1024
            ? BotText.Get(language, "Audio_Megabytes", (bytes / 1024d / 1024d).ToString("0.#", culture))
            : BotText.Get(language, "Audio_Kilobytes", Math.Max(1, (bytes + 1023) / 1024).ToString(culture));
    }

    /// <summary>The length (m:ss), or "not read from the file" for MP3 and WMA.</summary>
    public static string Duration(TimeSpan? duration, Language language) =>
        duration is { } d
            ? BotText.Get(language, "Audio_DurationValue", $"{(int)d.TotalMinutes}:{d.Seconds:00}.{d.Milliseconds / 100}")
            : BotText.Get(language, "Audio_DurationUnknown");

    /// <summary>Who plays a file, or "no voice app".</summary>
    public static string UsedBy(IReadOnlyList<AudioFileUser> users, Language language) =>
        users.Count == 0 ? BotText.Get(language, "Audio_Unused")
            : string.Join(", ", users.Select(u => BotText.Get(language, u.IsQueue ? "Audio_UserQueue" : "Audio_UserAttendant", u.Name)));

    /// <summary>The facts every card about a file shows: format, size, length and who may play it.</summary>
    public static IEnumerable<Fact> Facts(string fileName, AudioFormat format, long size, TimeSpan? duration, AudioFileApplication application, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        yield return new Fact(T("Audio_FileFact"), fileName);
        yield return new Fact(T("Audio_FormatFact"), format.ToString().ToUpperInvariant());
        yield return new Fact(T("Audio_SizeFact"), Size(size, language));
        yield return new Fact(T("Audio_DurationFact"), Duration(duration, language));
        yield return new Fact(T("Audio_ForFact"), application.Display(language));
    }

    /// <summary>A date as the reader writes it.</summary>
    public static string Date(DateTimeOffset at, Language language) =>
        at.ToString("g", language.Culture()) + " UTC";

    /// <summary>The invariant form of a number stored in a slot.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
