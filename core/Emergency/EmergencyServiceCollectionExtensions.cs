using ChatPhone.Core.Emergency.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Emergency;

/// <summary>Registers the Emergency area.</summary>
public static class EmergencyServiceCollectionExtensions
{
    /// <summary>Adds <see cref="EmergencyService"/> and the address validator over the shipped place data.</summary>
    public static IServiceCollection AddEmergency(this IServiceCollection services)
    {
        services.AddSingleton(_ => AddressValidator.Default);
        services.AddSingleton<EmergencyService>();
        return services;
    }
}
