using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Azure.Identity;
using ChatPhone.Graph.Http;
using ChatPhone.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatPhone.Graph.Tests;

public sealed class GraphSecretsTests
{
    private const string Secret = "Zq8~fake.SECRET-value_0123456789abcdefGHIJ";

    private static IServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddGraphTenant(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void InvalidSettings_ValidationMessageNamesTheSettingsButNeverTheSecret()
    {
        // The secret is also pasted into TenantId by mistake: neither place may echo it.
        var provider = Services(new() { ["Graph:ClientId"] = "not-a-guid", ["Graph:TenantId"] = Secret, ["Graph:ClientSecret"] = Secret });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Graph:ClientId", error.Message);
        Assert.Contains("Graph:TenantId", error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public void ToString_NamesTheCredentialKindNotItsValue()
    {
        var options = new GraphOptions { TenantId = "contoso.onmicrosoft.com", ClientId = Guid.Empty.ToString(), ClientSecret = Secret };

        Assert.DoesNotContain(Secret, options.ToString());
        Assert.Contains("client secret", options.ToString());
    }

    [Fact]
    public async Task SecretRefusedBySignIn_NeitherTheExceptionNorTheLogsContainIt()
    {
        var options = new GraphOptions { TenantId = "contoso.onmicrosoft.com", ClientId = "5f1e3c7a-0000-4000-8000-00000000c0de", ClientSecret = Secret };
        var signIn = new RecordingGraphHandler();
        for (var i = 0; i < 10; i++)
        {
            signIn.Serve(() => new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                Content = new StringContent(
                    """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""",
                    Encoding.UTF8,
                    "application/json"),
            });
        }

        var credential = GraphServiceClientFactory.Credential(
            options,
            new ClientSecretCredentialOptions { Transport = new HttpClientTransport(new HttpClient(signIn)), DisableInstanceDiscovery = true });
        var logs = new CapturedLogs();
        using var loggers = new LoggerFactory([logs]);
        var graph = new RecordingGraphHandler();
        var retry = new GraphRetryHandler(Options.Create(options), new AutoAdvancingTime(), loggers.CreateLogger<GraphRetryHandler>());
        using var client = GraphServiceClientFactory.Create(options, credential, retry, graph);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => new ChatPhone.Graph.Directory.GraphDirectory(client).ListAsync());

        Assert.Contains(signIn.Requests, request => request.Body.Contains(Uri.EscapeDataString(Secret), StringComparison.Ordinal));
        Assert.Empty(graph.Requests);
        Assert.DoesNotContain(Secret, error.ToString());
        Assert.DoesNotContain(Uri.EscapeDataString(Secret), error.ToString());
        Assert.DoesNotContain(Secret, logs.All);
    }

    [Fact]
    public void AddGraphTenant_WithoutClientId_LeavesTheSimulatedTenantAlone()
    {
        var services = new ServiceCollection();

        var added = services.AddGraphTenant(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:TenantId"] = "contoso.onmicrosoft.com" }).Build());

        Assert.False(added);
        Assert.Null(services.BuildServiceProvider().GetService<GraphTenantClient>());
    }

    [Fact]
    public void AddGraphTenant_WithAnAppRegistration_ResolvesTheTenantClient()
    {
        var provider = Services(new()
        {
            ["Graph:TenantId"] = "contoso.onmicrosoft.com", ["Graph:ClientId"] = "5f1e3c7a-0000-4000-8000-00000000c0de", ["Graph:ClientSecret"] = Secret,
        });

        var client = provider.GetRequiredService<GraphTenantClient>();

        Assert.NotNull(client.Numbers);
    }
}
