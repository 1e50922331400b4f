using ChatPhone.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>The races on the test server (redis-server in CI, Garnet when none is named).</summary>
[Collection(RedisCollection.Name)]
public sealed class RacesOnTestServer(RedisServerFixture server, ITestOutputHelper output) : RaceConversationTests(server, output);

/// <summary>The races on an in-process Garnet, whatever the test server is.</summary>
[Collection(GarnetCollection.Name)]
public sealed class RacesOnGarnet(GarnetFixture server, ITestOutputHelper output) : RaceConversationTests(server, output);

/// <summary>The races on a Redis Cluster of three masters started for the run.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RacesOnRedisCluster(RedisClusterFixture server, ITestOutputHelper output) : RaceConversationTests(server, output);
