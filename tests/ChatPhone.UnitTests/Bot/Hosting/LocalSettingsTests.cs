using ChatPhone.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class LocalSettingsTests
{
    [Fact]
    public void LocalFile_OverridesAppSettings_ButNotTheEnvironment()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chatphone-local-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "A": "base", "B": "base", "C": "base" }""");
            File.WriteAllText(Path.Combine(folder, LocalSettings.FileName), """{ "B": "local", "C": "local" }""");

            var configuration = new ConfigurationBuilder()
                .SetBasePath(folder)
                .AddJsonFile("appsettings.json")
                .AddInMemoryCollection([new KeyValuePair<string, string?>("C", "environment")])
                .AddLocalSettings()
                .Build();

            Assert.Equal(("base", "local", "environment"), (configuration["A"], configuration["B"], configuration["C"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
