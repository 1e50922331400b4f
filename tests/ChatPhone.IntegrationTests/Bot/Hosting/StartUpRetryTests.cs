using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>
/// A store that times out during start-up work (a busy machine, seen in CI) is retried: the host keeps running, says
/// "not ready" meanwhile, and becomes ready once the store answers, instead of stopping and refusing connections.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class StartUpRetryTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AStoreTimeoutDuringStartUp_IsRetried_AndTheBotBecomesReady()
    {
        var logs = new CapturedLogs();
        await using var bot = new BotFactory(redis);
        var flaky = new TimesOutFirst();
        await using var factory = bot.WithWebHostBuilder(host =>
        {
            host.ConfigureLogging(logging => logging.AddProvider(logs));
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton(sp => flaky.Around(ActivatorUtilities.CreateInstance<RedisStoreHealth>(sp)));
                services.AddSingleton<IStoreHealth>(sp => sp.GetRequiredService<TimesOutFirst>());
            });
        });

        // Start the host without asking /healthz, so the first call to the store is the start-up work's.
        _ = factory.Services;
        using var client = await BotFactory.ReadyClientAsync(factory);

        Assert.True(flaky.Calls >= 2, $"the store was asked {flaky.Calls} time(s)");
        Assert.NotEmpty(logs.Matching("Start-up work on the store failed; retrying"));
        Assert.Equal("ready", await client.GetStringAsync("/healthz"));
    }

    // Times out on its first call, like a store that did not answer in time, then answers as the real one does.
    private sealed class TimesOutFirst : IStoreHealth
    {
        private IStoreHealth _inner = null!;
        private int _calls;

        public int Calls => _calls;

        public TimesOutFirst Around(IStoreHealth inner)
        {
            _inner = inner;
            return this;
        }

        public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new TimeoutException("The store did not answer in time (simulated).")
                : _inner.IsHealthyAsync(cancellationToken);
    }
}
