namespace ChatPhone.Bot.Proactive;

/// <summary>How proactive delivery keys a person: their directory id, trimmed and lower-cased.</summary>
internal static class RecipientKey
{
    public static string Of(string? userId) => (userId ?? string.Empty).Trim().ToLowerInvariant();
}
