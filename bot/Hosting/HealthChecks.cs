using ChatPhone.Core.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Health endpoints: <c>/healthz/live</c> answers 200 whenever the process serves HTTP (restart it otherwise);
/// <c>/healthz/ready</c> and <c>/healthz</c> answer 200 "ready" once start-up work is done and while the store
/// answers, else 503 "starting" (send it no traffic).
/// </summary>
public static class HealthChecks
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks: start-up work done, store reachable.</summary>
    public static IServiceCollection AddChatPhoneHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps <c>/healthz/live</c>, <c>/healthz/ready</c> and <c>/healthz</c> (the same as ready).</summary>
    public static WebApplication MapChatPhoneHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/healthz/ready", ready);
        app.MapHealthChecks("/healthz", ready);
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ready" : "starting");
    }

    /// <summary>Healthy once the recognizer models are built and the store was first reached (<see cref="Readiness"/>).</summary>
    private sealed class StartupHealthCheck(Readiness readiness) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("start-up work not done"));
    }

    /// <summary>Healthy while a PING round trip to the store succeeds.</summary>
    private sealed class StoreHealthCheck(IStoreHealth store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await store.IsHealthyAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("store unreachable");
    }
}
