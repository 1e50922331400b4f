using ChatPhone.Core.Common;

namespace ChatPhone.Core.AudioFiles;

/// <summary>The rules of <c>Import-CsOnlineAudioFile</c>: the name, the size and which voice apps may play a file.</summary>
public static class AudioFileRules
{
    /// <summary>Largest file Teams accepts: 5 MB.</summary>
    public const long MaxSizeBytes = 5L * 1024 * 1024;

    /// <summary>Longest file name.</summary>
    public const int MaxNameLength = 255;

    private static readonly char[] Unsafe = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>A file name: trimmed, 1–255 characters, no folder, no control or reserved character, not hidden.</summary>
    public static Result<string> FileName(string? name)
    {
        var value = (name ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return new Error("audio_file.name_required");
        }

        if (value.Length > MaxNameLength)
        {
            return new Error("audio_file.name_too_long", value.Length, MaxNameLength);
        }

        if (value.StartsWith('.') || value.IndexOfAny(Unsafe) >= 0 || value.Any(char.IsControl))
        {
            return new Error("audio_file.name_unsafe", value);
        }

        return value;
    }

    /// <summary>The key a name is claimed by: folded (case and accents), so "Accueil.wav" and "accueil.WAV" are one file.</summary>
    public static string NameKey(string fileName) => TextFolding.Fold(fileName.Trim());

    /// <summary>True when a file imported for <paramref name="application"/> may be played where <paramref name="use"/> needs it.</summary>
    public static bool Allows(AudioFileApplication application, AudioFileApplication use) =>
        application == AudioFileApplication.TenantGlobal || application == use;
}
