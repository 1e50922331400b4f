using System.Net;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Setup;

/// <summary>
/// An export's download link is a secret for its fifteen minutes: asking for it and downloading it, with every log
/// line of the host captured and the framework's logs turned on by configuration, writes its token nowhere.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ExportDownloadLogTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // Even with every framework log turned on by configuration, as someone chasing a problem would.
        _bot = new BotFactory(redis, ("Logging:LogLevel:Default", "Trace"), ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"));
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));
        _client = await ReadyClientAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task TheDownloadToken_NeverReachesTheLogs()
    {
        var replies = await SendAsync(_client, Message(Megan, "export our configuration as PowerShell", "export-logs"));
        var reply = Assert.Single(replies, r => r["attachments"]?.Any() == true);
        var url = new Uri((string)((JObject)reply["attachments"]![0]!)["contentUrl"]!);
        var token = url.Segments[^1];

        var download = await _client.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(token.Length >= 40, token);
        Assert.NotEmpty(_logs.Text());
        Assert.Empty(_logs.Matching(token));
    }
}
