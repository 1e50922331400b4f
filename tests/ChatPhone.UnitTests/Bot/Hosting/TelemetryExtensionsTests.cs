using System.Reflection;
using ChatPhone.Bot.Hosting;
using ChatPhone.Core.Storage.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class TelemetryExtensionsTests
{
    [Fact]
    public void WithoutAnOtlpEndpoint_NothingIsRegistered()
    {
        using var services = Build(endpoint: null);

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
        Assert.Empty(services.GetServices<IRedisConnectionObserver>());
    }

    [Fact]
    public void WithAnOtlpEndpoint_TracesAndMetricsAreExportedOverOtlp_AndTheStoreConnectionIsTraced()
    {
        using var services = Build(endpoint: "http://127.0.0.1:4317");

        var tracer = services.GetRequiredService<TracerProvider>();
        var meter = services.GetRequiredService<MeterProvider>();

        Assert.Contains("OtlpTraceExporter", Describe(tracer), StringComparison.Ordinal);
        Assert.Contains("OtlpMetricExporter", Describe(meter), StringComparison.Ordinal);
        Assert.Single(services.GetServices<IRedisConnectionObserver>());
    }

    private static ServiceProvider Build(string? endpoint)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryExtensions.EndpointVariable] = endpoint })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        return services.AddChatPhoneTelemetry(configuration).BuildServiceProvider();
    }

    // The SDK keeps its pipeline private: name the types along it (processors, readers, exporters), two levels deep.
    private static string Describe(object provider)
    {
        var names = new List<string>();
        void Walk(object? value, int depth)
        {
            if (value is null || depth > 3 || value is string || value.GetType().IsPrimitive)
            {
                return;
            }

            names.Add(value.GetType().Name);
            if (value.GetType().Namespace?.StartsWith("OpenTelemetry", StringComparison.Ordinal) != true)
            {
                return;
            }

            for (var type = value.GetType(); type is not null; type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    Walk(field.GetValue(value), depth + 1);
                }
            }
        }

        Walk(provider, 0);
        return string.Join(" ", names);
    }
}
