using ChatPhone.Graph.Directory;
using ChatPhone.Graph.Http;
using ChatPhone.Graph.Licenses;
using ChatPhone.Graph.Numbers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>The Graph client wired as in production, sending to a <see cref="RecordingGraphHandler"/> on a clock that never sleeps.</summary>
internal sealed class GraphHarness : IDisposable
{
    private readonly LoggerFactory _loggers;

    public GraphHarness(GraphOptions? options = null, AutoAdvancingTime? time = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new GraphOptions
        {
            TenantId = "contoso.onmicrosoft.com",
            ClientId = "5f1e3c7a-0000-4000-8000-00000000c0de",
            ClientSecret = "not-used-by-the-static-credential",
        });
        Time = time ?? new AutoAdvancingTime();
        _loggers = new LoggerFactory([Logs]);
        var retry = new GraphRetryHandler(Options, Time, _loggers.CreateLogger<GraphRetryHandler>());
        Client = GraphServiceClientFactory.Create(Options.Value, new StaticTokenCredential(), retry, Graph);
        Tenant = new GraphTenantClient(
            new GraphDirectory(Client),
            new GraphLicenses(Client, Options, Time, _loggers.CreateLogger<GraphLicenses>()),
            new GraphNumbers(Client, new LongRunningOperations(Client, Options, Time, _loggers.CreateLogger<LongRunningOperations>()), Options));
    }

    public IOptions<GraphOptions> Options { get; }

    public AutoAdvancingTime Time { get; }

    public CapturedLogs Logs { get; } = new();

    public RecordingGraphHandler Graph { get; } = new();

    public GraphServiceClient Client { get; }

    public GraphTenantClient Tenant { get; }

    public void Dispose()
    {
        Client.Dispose();
        _loggers.Dispose();
    }
}
