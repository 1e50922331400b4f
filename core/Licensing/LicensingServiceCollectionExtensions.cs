using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Licensing;

/// <summary>Registers the Licensing area.</summary>
public static class LicensingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="LicensingService"/>.</summary>
    public static IServiceCollection AddLicensing(this IServiceCollection services) =>
        services.AddSingleton<LicensingService>();
}
