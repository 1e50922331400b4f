using ChatPhone.Core.VoiceApps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatPhone.Core.CallQueues;

/// <summary>Registers the call queue services.</summary>
public static class CallQueueServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CallQueueService"/> and the shared voice-app services (association, queries).</summary>
    public static IServiceCollection AddCallQueues(this IServiceCollection services)
    {
        services.TryAddSingleton<CallQueueService>();
        services.TryAddSingleton<ResourceAccountAssociationService>();
        services.TryAddSingleton<VoiceAppQueries>();
        return services;
    }
}
