using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Availability;

/// <summary>Registers the Availability area.</summary>
public static class AvailabilityServiceCollectionExtensions
{
    /// <summary>Adds the embedded country catalog (loaded once) and <see cref="AvailabilityService"/>, as singletons.</summary>
    public static IServiceCollection AddAvailability(this IServiceCollection services)
    {
        services.AddSingleton(_ => AvailabilityCatalog.Default);
        services.AddSingleton<AvailabilityService>();
        return services;
    }
}
