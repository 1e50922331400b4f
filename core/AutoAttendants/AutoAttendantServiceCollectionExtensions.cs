using ChatPhone.Core.VoiceApps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Registers the auto attendant services.</summary>
public static class AutoAttendantServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AutoAttendantService"/> and the shared voice-app services (association, queries).</summary>
    public static IServiceCollection AddAutoAttendants(this IServiceCollection services)
    {
        services.TryAddSingleton<AutoAttendantService>();
        services.TryAddSingleton<ResourceAccountAssociationService>();
        services.TryAddSingleton<VoiceAppQueries>();
        return services;
    }
}
