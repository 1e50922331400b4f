using System.Diagnostics;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Start-up work done once, off the request path: build the recognizer models (on one thread: their
/// static caches are not safe to build concurrently) while the store is reached (the embedded Garnet
/// starts on first use) and the demo tenant seeded. The server already listens meanwhile;
/// <c>/healthz</c> answers 503 until both are done.
/// </summary>
internal sealed class WarmUpService(
    RecognizerModels models,
    IStoreHealth store,
    DemoTenant demo,
    Readiness readiness,
    IOptions<BotOptions> options,
    ILogger<WarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var building = Task.Run(models.Build, stoppingToken);
        await ReachStoreAsync(stoppingToken);
        await building;
        logger.LogInformation("Recognizer models built");
        readiness.MarkReady();
        logger.LogInformation("ChatPhone is ready ({Elapsed:0} ms after start-up work began)", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task ReachStoreAsync(CancellationToken stoppingToken)
    {
        while (!await store.IsHealthyAsync(stoppingToken))
        {
            logger.LogWarning("Store not reachable yet; retrying");
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }

        if (options.Value.SeedDemo)
        {
            var tenant = TenantId.Parse(options.Value.DefaultTenantId);
            if (await demo.SeedIfEmptyAsync(tenant, stoppingToken))
            {
                logger.LogInformation("Seeded the demo directory into tenant {Tenant}", tenant);
            }
        }
    }
}
