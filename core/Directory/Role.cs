namespace ChatPhone.Core.Directory;

/// <summary>What a person may do. Ordered: a higher role includes what the lower ones may do.</summary>
public enum Role
{
    /// <summary>Not in the tenant directory: may ask for help, may not act.</summary>
    Unknown = 0,

    /// <summary>Self-service: their own number, address, licenses.</summary>
    User = 1,

    /// <summary>Triage, read anyone's setup, tickets.</summary>
    Helpdesk = 2,

    /// <summary>All setup and fixes.</summary>
    Admin = 3,
}

/// <summary>Parsing of the role names used in CSV imports and cards.</summary>
public static class Roles
{
    /// <summary>Parses <c>admin</c>, <c>helpdesk</c> or <c>user</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out Role role)
    {
        role = text?.Trim().ToLowerInvariant() switch
        {
            "admin" => Role.Admin,
            "helpdesk" => Role.Helpdesk,
            "user" => Role.User,
            _ => Role.Unknown,
        };
        return role != Role.Unknown;
    }

    /// <summary>The lower-case name used in files and payloads.</summary>
    public static string Name(this Role role) => role.ToString().ToLowerInvariant();
}
