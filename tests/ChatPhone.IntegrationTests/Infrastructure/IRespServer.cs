namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>A RESP server a test talks to: the CI/embedded one, an always-embedded Garnet, or a Redis Cluster.</summary>
public interface IRespServer
{
    /// <summary>A StackExchange.Redis connection string that reaches it (for a cluster, any of its nodes).</summary>
    string ConnectionString { get; }

    /// <summary>What it is, for messages and printed figures ("redis-server 127.0.0.1:6390", "Garnet", "Redis Cluster").</summary>
    string Describe { get; }
}
