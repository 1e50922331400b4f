using System.Globalization;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Hosting;

/// <summary>Settings the host refuses to start with, said in the operator's language instead of a stack trace.</summary>
public static class StartupChecks
{
    /// <summary>Why the host must not start with <paramref name="configuration"/>, or null when it may.</summary>
    public static string? Refusal(IConfiguration configuration, Language? language = null)
    {
        var placeholders = SettingPlaceholders.Find(configuration);
        return placeholders.Count == 0
            ? null
            : BotText.Get(language ?? LanguageExtensions.FromLocale(CultureInfo.CurrentUICulture.Name), "Startup_Placeholders", string.Join(", ", placeholders));
    }
}
