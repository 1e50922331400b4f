using ChatPhone.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>The core services wired to the test server with a key prefix of their own.</summary>
public static class CoreServices
{
    public static ServiceProvider Create(RedisServerFixture redis, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:ConnectionString"] = redis.ConnectionString,
                ["Redis:KeyPrefix"] = UniquePrefix(),
            })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider();
    }

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix() => "test" + Guid.NewGuid().ToString("N")[..12];
}
