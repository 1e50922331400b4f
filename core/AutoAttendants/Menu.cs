using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>What a menu option does (New-CsAutoAttendantMenuOption -Action; preview-only actions are not offered).</summary>
public enum MenuAction
{
    /// <summary>Play a prompt, then repeat the menu; needs a prompt.</summary>
    Announcement,

    /// <summary>Hang up.</summary>
    DisconnectCall,

    /// <summary>Transfer to the auto attendant's operator; needs an operator.</summary>
    TransferCallToOperator,

    /// <summary>Transfer to a target; needs a call target.</summary>
    TransferCallToTarget,
}

/// <summary>Directory search of a menu (dial by name XOR dial by extension).</summary>
public enum DirectorySearchMethod
{
    /// <summary>No directory search; the default.</summary>
    None,

    /// <summary>Dial by name.</summary>
    ByName,

    /// <summary>Dial by extension.</summary>
    ByExtension,
}

/// <summary>One option of a menu.</summary>
/// <param name="Dtmf">The key (Tone0..Tone9 or Automatic; * and # are reserved).</param>
/// <param name="Action">What the option does.</param>
/// <param name="Prompt">The announcement, for <see cref="MenuAction.Announcement"/>.</param>
/// <param name="Target">The transfer target, for <see cref="MenuAction.TransferCallToTarget"/>.</param>
/// <param name="VoiceResponses">Spoken commands: at most one, at most 64 characters.</param>
public sealed record MenuOption(
    DtmfTone Dtmf,
    MenuAction Action,
    Prompt? Prompt = null,
    CallableEntity? Target = null,
    IReadOnlyList<string>? VoiceResponses = null);

/// <summary>A menu (New-CsAutoAttendantMenu): its prompt, options and directory search.</summary>
/// <param name="Name">The menu's name (required).</param>
/// <param name="Prompt">What the caller hears before choosing; none when null.</param>
/// <param name="Options">The options, keys in any order with gaps.</param>
/// <param name="DirectorySearch">Directory search method.</param>
/// <param name="EnableDialByName">The legacy dial-by-name switch; cannot be combined with ByExtension.</param>
public sealed record Menu(
    string Name,
    Prompt? Prompt,
    IReadOnlyList<MenuOption> Options,
    DirectorySearchMethod DirectorySearch = DirectorySearchMethod.None,
    bool EnableDialByName = false)
{
    /// <summary>The search the menu offers, folding the legacy switch into the method.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DirectorySearchMethod EffectiveSearch =>
        EnableDialByName && DirectorySearch == DirectorySearchMethod.None ? DirectorySearchMethod.ByName : DirectorySearch;
}

/// <summary>A call flow (New-CsAutoAttendantCallFlow): a greeting and a menu.</summary>
/// <param name="Name">The flow's name, unique within the auto attendant.</param>
/// <param name="Greeting">The greeting; none when null.</param>
/// <param name="Menu">The menu (required; a flow that just hangs up is a menu with one Automatic DisconnectCall option).</param>
/// <param name="ForceListenMenu">Ignore keys and speech while prompts play.</param>
public sealed record CallFlow(string Name, Prompt? Greeting, Menu Menu, bool ForceListenMenu = false)
{
    /// <summary>A flow that plays nothing and hangs up (the admin center's "Disconnect").</summary>
    public static CallFlow Disconnect(string name) =>
        new(name, null, new Menu(name, null, [new MenuOption(DtmfTone.Automatic, MenuAction.DisconnectCall)]));
}
