using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Start-up work done once, off the request path: build the recognizer models (on one thread: their
/// static caches are not safe to build concurrently), reach the store, seed the demo tenant.
/// The server already listens meanwhile; <c>/healthz</c> answers 503 until this finishes.
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
        await Task.Run(models.Build, stoppingToken);
        logger.LogInformation("Recognizer models built");

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

        readiness.MarkReady();
        logger.LogInformation("ChatPhone is ready");
    }
}
