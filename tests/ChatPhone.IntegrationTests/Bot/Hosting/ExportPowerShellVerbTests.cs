using ChatPhone.Bot.Hosting;
using ChatPhone.IntegrationTests.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary><c>export-powershell</c> run through the host's verb entry point, on the store the test serves from.</summary>
[Collection(RedisCollection.Name)]
public sealed class ExportPowerShellVerbTests(RedisServerFixture redis)
{
    [Fact]
    public async Task ExportPowerShell_WritesTheTenantsScript_FromTheConfiguredStore()
    {
        var prefix = CoreServices.UniquePrefix();
        await using (var services = CoreServices.Create(redis, ("Redis:KeyPrefix", prefix)))
        {
            await ExportTenant.CreateAsync(services);
        }

        var file = Path.Combine(Path.GetTempPath(), prefix + ".ps1");
        var output = new StringWriter();
        try
        {
            var code = await CommandLineVerbs.RunAsync(
                ["export-powershell", "--tenant", "contoso", "--output", file, "--language", "fr", "--Redis:ConnectionString", redis.ConnectionString, "--Redis:KeyPrefix", prefix],
                output, error: new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("Script PowerShell du tenant contoso", output.ToString(), StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var text = await File.ReadAllTextAsync(file);
            Assert.Contains("New-CsCallQueue", text, StringComparison.Ordinal);
            Assert.Contains("# ---- Files d’attente ----", text, StringComparison.Ordinal);
            Assert.Empty(ScriptCatalogueCheck.Problems(text));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("export-powershell --tenant contoso")]
    [InlineData("export-powershell --output x.ps1")]
    [InlineData("export-powershell --tenant contoso --output")]
    public async Task ExportPowerShell_WithoutTenantOrOutput_PrintsTheUsage(string commandLine)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLineVerbs.RunAsync(commandLine.Split(' '), new StringWriter(), error: error));
        Assert.Contains("export-powershell --tenant", error.ToString(), StringComparison.Ordinal);
    }
}
