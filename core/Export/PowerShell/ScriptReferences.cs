namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// The script's tables of ids: each maps a ChatPhone id (quoted, never part of a name) to the id Microsoft Teams gives
/// the object, filled as the script finds or creates it, so later commands refer to it (a queue's id into its
/// resource account's association, a resource account's id into a menu's target).
/// </summary>
public static class ScriptReferences
{
    /// <summary>Civic address ids.</summary>
    public const string Addresses = "$CivicAddressIds";

    /// <summary>Emergency location ids.</summary>
    public const string Locations = "$LocationIds";

    /// <summary>People's object ids.</summary>
    public const string Users = "$UserIds";

    /// <summary>Resource accounts' object ids.</summary>
    public const string ResourceAccounts = "$ResourceAccountIds";

    /// <summary>Call queue ids.</summary>
    public const string Queues = "$CallQueueIds";

    /// <summary>Auto attendant ids.</summary>
    public const string Attendants = "$AutoAttendantIds";

    /// <summary>Audio file ids.</summary>
    public const string AudioFiles = "$AudioFileIds";

    /// <summary>Every table, declared empty at the top of the script.</summary>
    public static IReadOnlyList<string> All { get; } = [Addresses, Locations, Users, ResourceAccounts, Queues, Attendants, AudioFiles];

    /// <summary>The entry of <paramref name="table"/> for the ChatPhone id <paramref name="id"/>.</summary>
    public static string Of(string table, string id) => $"{table}[{PsLiteral.Quote(id)}]";

    /// <summary>The Teams id of the audio file ChatPhone knows as <paramref name="id"/>; null when there is none.</summary>
    public static string? AudioFile(string? id) => id is null ? null : Of(AudioFiles, id);

    /// <summary>
    /// Where a call queue's or attendant's target string points: a <c>tel:</c> number as it is, a resource account by
    /// its table entry, anyone else as a person.
    /// </summary>
    public static string Target(TenantConfiguration tenant, string target) =>
        target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? PsLiteral.Quote(target)
        : tenant.ResourceAccount(target) is not null ? Of(ResourceAccounts, target)
        : Of(Users, target);
}
