using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>
/// With the shipped logging settings, turns through <c>POST /api/messages</c> write no line per request: neither the
/// framework's request lines nor routing's "Executing endpoint" (a console write for every turn, and a path in the logs).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RequestLoggingTests(RedisServerFixture redis) : BotConversation(redis)
{
    private readonly CapturedLogs _logs = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_logs);

    [Fact]
    public async Task Turns_LogNoLinePerRequest()
    {
        for (var turn = 0; turn < 5; turn++)
        {
            Assert.NotEmpty(await SendAsync(Client, Message(Megan, "what's my number?", "request-logs")));
        }

        Assert.Empty(_logs.Matching("Executing endpoint"));
        Assert.Empty(_logs.Matching("Executed endpoint"));
        Assert.Empty(_logs.Matching("/api/messages"));
    }
}
