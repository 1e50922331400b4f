using ChatPhone.Bot.TeamsApp;
using Microsoft.Extensions.Configuration;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>Settings as the verb reads them, from in-memory configuration.</summary>
internal static class TeamsAppFixture
{
    public const string BotId = "00000000-0000-0000-0000-000000000123";

    public static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    public static TeamsAppSettings Settings(string? endpoint = null)
    {
        Assert.True(
            TeamsAppSettings.TryRead(Configuration(("MicrosoftAppId", BotId)), endpoint, out var settings, out var problem),
            problem?.Describe(ChatPhone.Core.Common.Language.English));
        return settings;
    }
}
