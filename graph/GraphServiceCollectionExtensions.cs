using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Graph.Directory;
using ChatPhone.Graph.Http;
using ChatPhone.Graph.Licenses;
using ChatPhone.Graph.Numbers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatPhone.Graph;

/// <summary>Registers the Microsoft Graph connector of a tenant connected to Microsoft 365.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphTenantClient"/> and its parts when <c>Graph:ClientId</c> is configured, with the
    /// options checked at start; without it nothing is registered and the simulated tenant stays in use.
    /// The tenant's directory then comes from Graph (<see cref="IDirectorySource"/>) and its license changes go there too
    /// (<see cref="IConnectedLicenses"/>), as do its numbers (<see cref="IConnectedNumbers"/>). Returns true when the
    /// connector was registered.
    /// </summary>
    public static bool AddGraphTenant(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(GraphOptions.ClientId)]))
        {
            return false;
        }

        services.AddOptions<GraphOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<GraphRetryHandler>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphOptions>>();
            return GraphServiceClientFactory.Create(
                options.Value, GraphServiceClientFactory.Credential(options.Value), provider.GetRequiredService<GraphRetryHandler>());
        });
        services.AddSingleton<GraphDirectory>();
        services.AddSingleton<IDirectorySource, GraphDirectorySource>();
        services.AddSingleton<GraphLicenses>();
        services.AddSingleton<IConnectedLicenses, GraphConnectedLicenses>();
        services.AddSingleton<LongRunningOperations>();
        services.AddSingleton<GraphNumbers>();
        services.AddSingleton<IConnectedNumbers, GraphConnectedNumbers>();
        services.AddSingleton<GraphTenantClient>();
        services.AddLogging();
        return true;
    }
}
