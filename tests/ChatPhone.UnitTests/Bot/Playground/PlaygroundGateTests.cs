using ChatPhone.Bot.Playground;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ChatPhone.UnitTests.Bot.Playground;

public sealed class PlaygroundGateTests
{
    [Theory]
    [InlineData("Development", "", true)]
    [InlineData("Development", "11111111-2222-3333-4444-555555555555", true)]
    [InlineData("Production", "", true)]
    [InlineData("Production", "  ", true)]
    [InlineData("Production", "11111111-2222-3333-4444-555555555555", false)]
    [InlineData("Staging", "11111111-2222-3333-4444-555555555555", false)]
    public void Playground_IsServedInDevelopmentOrWithoutAnAppId(string environment, string appId, bool enabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = appId })
            .Build();

        Assert.Equal(enabled, PlaygroundGate.IsEnabled(new Environment(environment), configuration));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "ChatPhone.Bot";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
