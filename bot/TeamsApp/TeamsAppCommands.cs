namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// The commands Teams suggests in each scope (the <c>commandLists</c> of the manifest). Each name picks
/// <c>Command_&lt;name&gt;_Title</c> and <c>_Description</c> from the resources; a title is a sentence the
/// bot understands once its <c>&lt;placeholders&gt;</c> are filled in.
/// </summary>
public static class TeamsAppCommands
{
    /// <summary>Teams shows at most this many commands per list (the schema allows a few more; the UI does not).</summary>
    public const int MaxPerList = 10;

    /// <summary>The longest title Teams shows without cutting it.</summary>
    public const int MaxTitleLength = 32;

    /// <summary>The longest description Teams shows without cutting it.</summary>
    public const int MaxDescriptionLength = 128;

    /// <summary>One list per scope, in the order of the manifest's <c>commandLists</c>.</summary>
    public static readonly IReadOnlyList<(string Scope, IReadOnlyList<string> Commands)> Lists =
    [
        ("personal", ["Help", "MyNumber", "StartSetup", "FindNumbers", "AssignNumber", "ListNumbers", "CheckAvailability", "AddEmergencyAddress", "CreditsBalance", "Cancel"]),
        ("team", ["Help", "StartSetup", "FindNumbers", "AssignNumber", "AssignLicense", "ListNumbers", "AddEmergencyAddress", "CreateCallQueue", "ShowAudit", "Cancel"]),
        ("groupChat", ["Help", "MyNumber", "StartSetup", "FindNumbers", "AssignNumber", "ListNumbers", "Cancel"]),
    ];

    /// <summary>The resource name of a command's title.</summary>
    public static string Title(string command) => $"Command_{command}_Title";

    /// <summary>The resource name of a command's description.</summary>
    public static string Description(string command) => $"Command_{command}_Description";
}
