using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>Why a file name typed in a sentence or a form gives no file: a bot string key and its arguments.</summary>
/// <param name="Key">The bot string.</param>
/// <param name="Args">Its arguments.</param>
internal sealed record AudioFileRefusal(string Key, params object[] Args)
{
    /// <summary>The refusal in <paramref name="language"/>.</summary>
    public string Describe(Language language) => BotText.Get(language, Key, Args);
}

/// <summary>
/// Finds the imported audio file a person names (by file name, case and accents ignored, or by id) for an attendant or
/// a queue. An unknown name is refused listing the files there are; a file imported for the other kind of voice app is
/// refused saying which one it is for.
/// </summary>
internal static class AudioFileNames
{
    /// <summary>The file <paramref name="typed"/> names, usable by <paramref name="use"/>, or why not.</summary>
    public static (AudioFile? File, AudioFileRefusal? Refusal) Resolve(
        IReadOnlyList<AudioFile> files, string typed, AudioFileApplication use, Language language)
    {
        if (AudioFileService.Find(files, typed) is not { } file)
        {
            var usable = files.Where(f => AudioFileRules.Allows(f.Application, use)).Select(f => f.FileName).ToArray();
            return (null, usable.Length == 0
                ? new AudioFileRefusal("Audio_UnknownNone", typed.Trim())
                : new AudioFileRefusal("Audio_Unknown", typed.Trim(), string.Join(", ", usable)));
        }

        return AudioFileRules.Allows(file.Application, use)
            ? (file, null)
            : (null, new AudioFileRefusal("Audio_WrongUse", file.FileName, file.Application.Display(language)));
    }
}
