using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Credits;

/// <summary>Registers the Credits area.</summary>
public static class CreditsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CreditsService"/> as a singleton (it needs the core's <c>CommandRunner</c>).</summary>
    public static IServiceCollection AddCredits(this IServiceCollection services) => services.AddSingleton<CreditsService>();
}
