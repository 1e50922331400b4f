using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// Checks shared by the auto attendant and call queue validators. Each adds its problems to a list so
/// a validator reports everything wrong at once. <c>field</c> names the setting (PowerShell parameter style).
/// </summary>
public static class VoiceAppRules
{
    private const string TelPrefix = "tel:";

    /// <summary>A name: required, at most 64 characters (the caller checks uniqueness).</summary>
    public static void Name(string? name, string field, List<Error> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new Error("voiceapp.name_required", field));
        }
        else if (name.Trim().Length > VoiceAppLimits.MaxNameLength)
        {
            problems.Add(new Error("voiceapp.name_too_long", field, name.Trim().Length, VoiceAppLimits.MaxNameLength));
        }
    }

    /// <summary>An integer in <paramref name="min"/>..<paramref name="max"/> (both included).</summary>
    public static void Range(int value, int min, int max, string field, List<Error> problems)
    {
        if (value < min || value > max)
        {
            problems.Add(new Error("voiceapp.out_of_range", field, value, min, max));
        }
    }

    /// <summary>A call priority, 1 (very high) to 5 (very low).</summary>
    public static void CallPriority(int value, string field, List<Error> problems) =>
        Range(value, VoiceAppLimits.MinCallPriority, VoiceAppLimits.MaxCallPriority, field, problems);

    /// <summary>A prompt: exactly one of audio file (a GUID) or text (at most 1000 characters).</summary>
    public static void Prompt(Prompt prompt, string field, List<Error> problems)
    {
        var hasAudio = !string.IsNullOrWhiteSpace(prompt.AudioFileId);
        var hasText = !string.IsNullOrWhiteSpace(prompt.TextToSpeech);
        if (hasAudio == hasText)
        {
            problems.Add(new Error("voiceapp.prompt_one_kind", field));
            return;
        }

        if (hasAudio && !IsGuid(prompt.AudioFileId))
        {
            problems.Add(new Error("voiceapp.audio_file_invalid", field, prompt.AudioFileId));
        }

        if (hasText && prompt.TextToSpeech!.Length > VoiceAppLimits.MaxTextToSpeech)
        {
            problems.Add(new Error("voiceapp.tts_too_long", field, prompt.TextToSpeech.Length, VoiceAppLimits.MaxTextToSpeech));
        }
    }

    /// <summary>A group id (DL, security or M365 group): a GUID; groups are not in ChatPhone's directory, only their ids.</summary>
    public static void Group(string? groupId, string field, List<Error> problems)
    {
        if (!IsGuid(groupId))
        {
            problems.Add(new Error("voiceapp.group_invalid", field, groupId ?? string.Empty));
        }
    }

    /// <summary>A PSTN target, which must be written <c>tel:+E164</c> and be a valid number.</summary>
    public static void Tel(string? target, string field, List<Error> problems)
    {
        if (TryParseTel(target) is null)
        {
            problems.Add(new Error("voiceapp.tel_invalid", field, target ?? string.Empty));
        }
    }

    /// <summary>A user who must exist and be Enterprise Voice enabled (hold Phone System).</summary>
    public static void VoiceEnabledUser(string? userId, string field, VoiceAppFacts facts, List<Error> problems)
    {
        if (string.IsNullOrWhiteSpace(userId) || !facts.HasPerson(userId))
        {
            problems.Add(new Error("voiceapp.user_not_found", field, userId ?? string.Empty));
        }
        else if (!facts.IsVoiceEnabled(userId))
        {
            problems.Add(new Error("voiceapp.user_not_voice_enabled", field, facts.People[userId.ToLowerInvariant()].DisplayName));
        }
    }

    /// <summary>
    /// A forward target: <c>tel:+E164</c>, or the object id of a person or resource account. A number written
    /// without the mandatory <c>tel:</c> prefix gets its own problem so the admin knows what to add.
    /// </summary>
    public static void Forward(string? target, string field, VoiceAppFacts facts, List<Error> problems)
    {
        var text = target?.Trim() ?? string.Empty;
        if (text.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase))
        {
            Tel(text, field, problems);
        }
        else if (text.Length > 0 && (text[0] == '+' || text.All(char.IsDigit)))
        {
            problems.Add(new Error("voiceapp.tel_prefix_required", field, text));
        }
        else if (text.Length == 0 || !(facts.HasPerson(text) || facts.HasResourceAccount(text)))
        {
            problems.Add(new Error("voiceapp.target_not_found", field, text));
        }
    }

    /// <summary>The number of a <c>tel:+E164</c> target (the '+' is mandatory), or null.</summary>
    public static E164Number? TryParseTel(string? target)
    {
        var text = target?.Trim();
        if (text is null || !text.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase) || !text[TelPrefix.Length..].StartsWith('+'))
        {
            return null;
        }

        var number = E164Number.TryParse(text[TelPrefix.Length..]);
        return number.IsSuccess ? number.Value : null;
    }

    /// <summary>True for a GUID in any of its usual spellings.</summary>
    public static bool IsGuid(string? text) => Guid.TryParse(text, out _);

    /// <summary>The names already used, except by <paramref name="selfId"/>, compared ignoring case.</summary>
    public static bool NameTaken<T>(IReadOnlyDictionary<string, T> all, Func<T, string> name, string candidate, string? selfId) =>
        all.Any(p => p.Key != selfId && string.Equals(name(p.Value), candidate.Trim(), StringComparison.OrdinalIgnoreCase));
}
