namespace ChatPhone.Core.AutoAttendants;

/// <summary>
/// The time zones an auto attendant may use (a curated subset of Get-CsAutoAttendantSupportedTimeZone,
/// Windows ids). .NET resolves Windows ids on every platform, so schedules are evaluated with the
/// zone's own daylight-saving rules.
/// </summary>
public static class SupportedTimeZones
{
    /// <summary>The supported Windows time zone ids.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "UTC", "Dateline Standard Time", "Hawaiian Standard Time", "Alaskan Standard Time", "Pacific Standard Time",
        "US Mountain Standard Time", "Mountain Standard Time", "Central Standard Time", "Central America Standard Time",
        "Canada Central Standard Time", "Eastern Standard Time", "Atlantic Standard Time", "Newfoundland Standard Time",
        "SA Pacific Standard Time", "E. South America Standard Time", "Argentina Standard Time", "GMT Standard Time",
        "Greenwich Standard Time", "W. Europe Standard Time", "Romance Standard Time", "Central Europe Standard Time",
        "Central European Standard Time", "GTB Standard Time", "FLE Standard Time", "Israel Standard Time",
        "South Africa Standard Time", "Egypt Standard Time", "Russian Standard Time", "Arabian Standard Time",
        "Turkey Standard Time", "India Standard Time", "China Standard Time", "Singapore Standard Time",
        "Tokyo Standard Time", "Korea Standard Time", "AUS Eastern Standard Time", "W. Australia Standard Time",
        "New Zealand Standard Time",
    ];

    /// <summary>The canonical spelling of a supported id (ignoring case), or null.</summary>
    public static string? Canonical(string? id) =>
        id is null ? null : Ids.FirstOrDefault(z => z.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The zone of a supported id; a supported id that does not resolve is a bug.</summary>
    public static TimeZoneInfo Find(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
