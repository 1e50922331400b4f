namespace ChatPhone.Core.VoiceApps;

/// <summary>A key a caller presses (New-CsAutoAttendantMenuOption DtmfResponse, New-CsCallQueue CallbackRequestDtmf).</summary>
public enum DtmfTone
{
    /// <summary>Key 0.</summary>
    Tone0,

    /// <summary>Key 1.</summary>
    Tone1,

    /// <summary>Key 2.</summary>
    Tone2,

    /// <summary>Key 3.</summary>
    Tone3,

    /// <summary>Key 4.</summary>
    Tone4,

    /// <summary>Key 5.</summary>
    Tone5,

    /// <summary>Key 6.</summary>
    Tone6,

    /// <summary>Key 7.</summary>
    Tone7,

    /// <summary>Key 8.</summary>
    Tone8,

    /// <summary>Key 9.</summary>
    Tone9,

    /// <summary>The * key (Repeat in the admin center menus).</summary>
    ToneStar,

    /// <summary>The # key (Back in the admin center menus).</summary>
    TonePound,

    /// <summary>No caller input: the option runs at once (menu options only).</summary>
    Automatic,
}
