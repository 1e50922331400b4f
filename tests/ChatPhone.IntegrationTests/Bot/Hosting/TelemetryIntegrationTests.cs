using System.Diagnostics;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ChatPhone.IntegrationTests.Bot.Hosting;

/// <summary>With an OTLP endpoint configured the bot traces its requests and store commands, and still answers.</summary>
[Collection(RedisCollection.Name)]
public sealed class TelemetryIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task WithAnOtlpEndpoint_TheBotAnswers_AndTracesTheTurnAndItsStoreCommands()
    {
        var sources = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.Contains("Redis", StringComparison.OrdinalIgnoreCase)
                || source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => { lock (sources) { sources.Add(activity.Source.Name); } },
        };
        ActivitySource.AddActivityListener(listener);
        // Nothing listens there: the exporter's failures must not touch the turn.
        await using var factory = new BotFactory(redis, ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));
        using var client = await factory.ReadyClientAsync();

        var replies = await BotFactory.SendAsync(client, BotFactory.Message(BotFactory.Megan, "help"));
        // The Redis instrumentation turns profiled commands into spans on its own drain cycle, not on ForceFlush:
        // wait for it (bounded), rather than read the list at one moment.
        for (var i = 0; i < 120 && !SawRedis(sources); i++)
        {
            factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
            await Task.Delay(250);
        }

        Assert.NotEmpty(replies);
        lock (sources)
        {
            Assert.Contains(sources, s => s.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static bool SawRedis(List<string> sources)
    {
        lock (sources)
        {
            return sources.Exists(s => s.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        }
    }
}
