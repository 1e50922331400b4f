using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.Triage;

/// <summary>Registers triage.</summary>
public static class TriageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="TriageService"/> (needs the core's runner, availability catalog and porting options).</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services) =>
        services.AddSingleton<TriageService>();
}
