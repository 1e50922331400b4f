using Microsoft.Extensions.Configuration.Json;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// <c>appsettings.Local.json</c> (git-ignored) beside the other settings files: a place for this machine's
/// secrets (MicrosoftAppId, MicrosoftAppPassword, …) that never gets committed.
/// </summary>
public static class LocalSettings
{
    /// <summary>The file's name, looked up in the content root (<c>bot/</c> under <c>dotnet run --project bot</c>).</summary>
    public const string FileName = "appsettings.Local.json";

    /// <summary>
    /// Adds the optional file right after the last <c>appsettings*.json</c> source, so it overrides them while
    /// environment variables and the command line still override it.
    /// </summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder configuration)
    {
        var source = new JsonConfigurationSource { Path = FileName, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        source.FileProvider ??= configuration.GetFileProvider();

        var sources = configuration.Sources;
        var lastSettings = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                lastSettings = i;
            }
        }

        sources.Insert(lastSettings + 1, source);
        return configuration;
    }
}
