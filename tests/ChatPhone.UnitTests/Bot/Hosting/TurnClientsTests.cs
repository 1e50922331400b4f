using System.Security.Claims;
using ChatPhone.Bot.Hosting;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class TurnClientsTests
{
    private static readonly ClaimsIdentity Bot = new([new Claim(AuthenticationConstants.AudienceClaim, "bot-app")]);

    [Fact]
    public async Task TheConnectorOfAnAddress_IsBuiltOnce_AndOutlivesTheTurnsThatDisposeIt()
    {
        var clients = new TurnClients();
        var inner = new CountingFactory();

        var first = await clients.Connectors(inner, Bot).CreateAsync("https://smba.example/emea/", "scope", CancellationToken.None);
        first.Dispose();
        var second = await clients.Connectors(inner, Bot).CreateAsync("https://smba.example/emea/", "scope", CancellationToken.None);

        var built = Assert.Single(inner.Built);
        Assert.False(built.Disposed);
        Assert.Same(built.Conversations, second.Conversations);
        Assert.Equal(built.BaseUri, second.BaseUri);
    }

    [Fact]
    public async Task AnotherAddress_AnotherAudience_OrAnotherBot_GetsAClientOfItsOwn()
    {
        var clients = new TurnClients();
        var inner = new CountingFactory();
        var otherBot = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "other-app")]);

        await clients.Connectors(inner, Bot).CreateAsync("https://smba.example/emea/", "scope", CancellationToken.None);
        await clients.Connectors(inner, Bot).CreateAsync("https://smba.example/amer/", "scope", CancellationToken.None);
        await clients.Connectors(inner, Bot).CreateAsync("https://smba.example/emea/", "other-scope", CancellationToken.None);
        await clients.Connectors(inner, otherBot).CreateAsync("https://smba.example/emea/", "scope", CancellationToken.None);

        Assert.Equal(4, inner.Built.Count);
    }

    [Fact]
    public async Task TheUserTokenClient_IsBuiltOnlyWhenATurnCallsIt_ThenOnce()
    {
        var built = 0;
        var real = new RecordingUserTokens();
        var client = TurnClients.UserTokens(_ =>
        {
            built++;
            return Task.FromResult<UserTokenClient>(real);
        });
        Assert.Equal(0, built);

        var token = await client.GetUserTokenAsync("u1", "graph", "msteams", "123456", CancellationToken.None);
        await client.SignOutUserAsync("u1", "graph", "msteams", CancellationToken.None);
        client.Dispose();

        Assert.Equal(1, built);
        Assert.Equal("token-for-u1", token.Token);
        Assert.Equal(["get u1 graph msteams 123456", "sign out u1 graph msteams"], real.Calls);
        Assert.True(real.Disposed);
    }

    private sealed class CountingFactory : ConnectorFactory
    {
        public List<FakeConnector> Built { get; } = [];

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = new FakeConnector(new Uri(serviceUrl));
            Built.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }

    private sealed class FakeConnector(Uri baseUri) : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = baseUri;

        public JsonSerializerSettings SerializationSettings { get; } = new();

        public JsonSerializerSettings DeserializationSettings { get; } = new();

        public ServiceClientCredentials Credentials => MicrosoftAppCredentials.Empty;

        public IAttachments Attachments => null!;

        public IConversations Conversations { get; } = new Microsoft.Bot.Connector.Conversations(new ConnectorClient(new Uri("https://smba.example/")));

        public void Dispose() => Disposed = true;
    }

    private sealed class RecordingUserTokens : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add($"get {userId} {connectionName} {channelId} {magicCode}");
            return Task.FromResult(new TokenResponse { Token = "token-for-" + userId });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add($"sign out {userId} {connectionName} {channelId}");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
            string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(
            string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
