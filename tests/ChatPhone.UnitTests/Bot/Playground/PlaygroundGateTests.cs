using ChatPhone.Bot.Playground;
using Microsoft.Extensions.Configuration;

namespace ChatPhone.UnitTests.Bot.Playground;

public sealed class PlaygroundGateTests
{
    // The environment is no input any more: Development with an app id served the playground to anyone (issue 15).
    [Theory]
    [InlineData("", true)]
    [InlineData("  ", true)]
    [InlineData(null, true)]
    [InlineData("11111111-2222-3333-4444-555555555555", false)]
    public void Playground_IsServedOnlyWithoutAnAppId(string? appId, bool enabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId })
            .Build();

        Assert.Equal(enabled, PlaygroundGate.IsEnabled(configuration));
    }
}
