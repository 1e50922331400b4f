using ChatPhone.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>The core services wired to the test server with a key prefix of their own.</summary>
public static class CoreServices
{
    public static ServiceProvider Create(IRespServer redis, params (string Key, string Value)[] settings) =>
        Build(redis, clock: null, settings);

    /// <summary>The same, on a clock the test controls.</summary>
    public static ServiceProvider Create(IRespServer redis, TimeProvider clock, params (string Key, string Value)[] settings) =>
        Build(redis, clock, settings);

    private static ServiceProvider Build(IRespServer redis, TimeProvider? clock, (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:ConnectionString"] = redis.ConnectionString,
                ["Redis:KeyPrefix"] = UniquePrefix(),
            })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration);
        if (clock is not null)
        {
            // Registered after the core, so it replaces TimeProvider.System everywhere.
            services.AddSingleton(clock);
        }

        return services.BuildServiceProvider();
    }

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix() => "test" + Guid.NewGuid().ToString("N")[..12];
}
