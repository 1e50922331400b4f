using ChatPhone.Core.Common;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// What a validator found: the settings with defaults applied and values normalised (e.g. a timeout
/// rounded to 15 s), every problem that blocks saving, and notes about what was adjusted.
/// </summary>
/// <typeparam name="T">The settings type.</typeparam>
public sealed record Validated<T>(T Value, IReadOnlyList<Error> Problems, IReadOnlyList<Error> Notes)
{
    /// <summary>True when nothing blocks saving.</summary>
    public bool IsValid => Problems.Count == 0;
}
