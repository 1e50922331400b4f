using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Registers porting.</summary>
public static class PortingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PortingService"/> and its options (defaults; bind section <c>Porting</c> to change them).</summary>
    public static IServiceCollection AddPorting(this IServiceCollection services)
    {
        services.AddOptions<PortingOptions>();
        services.AddSingleton<PortingService>();
        return services;
    }
}
