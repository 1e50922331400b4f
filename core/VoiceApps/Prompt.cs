namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// A prompt played to callers: an uploaded audio file (Import-CsOnlineAudioFile) XOR text read by
/// text-to-speech in the voice app's language. Exactly one of the two is set.
/// </summary>
/// <param name="AudioFileId">The audio file id (a GUID).</param>
/// <param name="TextToSpeech">The text to read, at most <see cref="VoiceAppLimits.MaxTextToSpeech"/> characters.</param>
public sealed record Prompt(string? AudioFileId = null, string? TextToSpeech = null)
{
    /// <summary>A text-to-speech prompt.</summary>
    public static Prompt Text(string text) => new(TextToSpeech: text);

    /// <summary>An audio-file prompt.</summary>
    public static Prompt Audio(string audioFileId) => new(AudioFileId: audioFileId);
}

/// <summary>The limits shared by auto attendants and call queues (reference steps 7 and 8).</summary>
public static class VoiceAppLimits
{
    /// <summary>Names of AAs, CQs and holiday call flows: at most 64 characters.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Text-to-speech prompts: at most 1000 characters.</summary>
    public const int MaxTextToSpeech = 1000;

    /// <summary>Lowest (very high) call priority.</summary>
    public const int MinCallPriority = 1;

    /// <summary>Highest (very low) call priority.</summary>
    public const int MaxCallPriority = 5;

    /// <summary>Normal call priority, the default.</summary>
    public const int DefaultCallPriority = 3;
}
