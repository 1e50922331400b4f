using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Storage.Redis;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, HttpClient, StackExchange.Redis and the <c>ChatPhone</c> meter),
/// exported over OTLP, and only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: otherwise nothing is registered and
/// nothing is collected. The exporter reads the other standard <c>OTEL_*</c> variables itself.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The variable (or configuration key) that turns telemetry on.</summary>
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name reported when <c>OTEL_SERVICE_NAME</c> does not say otherwise.</summary>
    public const string ServiceName = "chatphone-bot";

    /// <summary>Adds OpenTelemetry when <see cref="EndpointVariable"/> is set in <paramref name="configuration"/> (environment included).</summary>
    public static IServiceCollection AddChatPhoneTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return services;
        }

        services.AddSingleton<IRedisConnectionObserver, RedisTracing>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRedisInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(ChatPhoneMetrics.MeterName)
                .AddOtlpExporter());
        return services;
    }

    /// <summary>Instruments the store connection once the core has made it (it connects lazily, after start-up).</summary>
    private sealed class RedisTracing(IServiceProvider services) : IRedisConnectionObserver
    {
        public void Connected(IConnectionMultiplexer multiplexer) =>
            services.GetRequiredService<StackExchangeRedisInstrumentation>().AddConnection(multiplexer);
    }
}
