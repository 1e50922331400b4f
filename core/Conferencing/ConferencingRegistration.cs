using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Conferencing;

/// <summary>Registers the Conferencing area.</summary>
public static class ConferencingRegistration
{
    /// <summary>Adds <see cref="ConferencingService"/> (needs the core's <c>CommandRunner</c>).</summary>
    public static IServiceCollection AddConferencing(this IServiceCollection services) =>
        services.AddSingleton<ConferencingService>();
}
