using System.Diagnostics;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Start-up work done once, off the request path: build the recognizer models (on one thread: their
/// static caches are not safe to build concurrently) while the store is reached (the embedded Garnet
/// starts on first use) and the demo tenant seeded, retrying the store's part until it succeeds. The server already
/// listens meanwhile; <c>/healthz</c> answers 503 until both are done.
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
        await PrepareStoreAsync(stoppingToken);
        await building;
        logger.LogInformation("Recognizer models built");
        readiness.MarkReady();
        logger.LogInformation("ChatPhone is ready ({Elapsed:0} ms after start-up work began)", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    // A store that answers slowly or drops the connection during start-up (a busy machine, a restarting server) is retried
    // like an unreachable one: a failed start-up step must never stop the host, /healthz says "not ready" meanwhile.
    private async Task PrepareStoreAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await ReachStoreAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Start-up work on the store failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
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
