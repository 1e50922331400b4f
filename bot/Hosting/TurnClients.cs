using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The clients the Bot Framework's <c>CloudAdapter</c> hands every turn, without building them for every turn: it builds a
/// connector client and a user-token client per request and disposes both at its end, and each build parses the same
/// user-agent regular expressions and reads assembly attributes — a third of the bot's CPU on a "what's my number?" turn
/// in a profile (BENCHMARKS, P1). The connector client of an address is built once and kept (the adapter's
/// dispose leaves it open); the user-token client, which no ChatPhone turn uses, is built only if a turn calls it.
/// </summary>
internal sealed class TurnClients
{
    // Addresses a process talks to are a few per channel and region; past this many (a caller naming addresses at will,
    // with authentication off) the kept clients start over.
    private const int MaxKept = 256;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string? Audience), IConnectorClient> _connectors = new();

    /// <summary>A factory whose clients are kept per bot identity, address and audience.</summary>
    public ConnectorFactory Connectors(ConnectorFactory inner, ClaimsIdentity? identity) =>
        new KeptConnectorFactory(this, inner, Identity(identity));

    /// <summary>A user-token client built by <paramref name="create"/> on its first call, never if none comes.</summary>
    public static UserTokenClient UserTokens(Func<CancellationToken, Task<UserTokenClient>> create) => new DeferredUserTokenClient(create);

    // Who the clients act for: the token's audience (the bot) and the caller's application, as the factory reads them.
    private static string Identity(ClaimsIdentity? identity) =>
        identity is null
            ? string.Empty
            : string.Join('|', new[] { AuthenticationConstants.AudienceClaim, AuthenticationConstants.AppIdClaim, AuthenticationConstants.AuthorizedParty }
                .Select(type => identity.FindFirst(type)?.Value ?? string.Empty));

    private async Task<IConnectorClient> KeptAsync(ConnectorFactory inner, string appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience);
        if (!_connectors.TryGetValue(key, out var client))
        {
            if (_connectors.Count >= MaxKept)
            {
                _connectors.Clear();
            }

            var built = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
            client = _connectors.GetOrAdd(key, built);
            if (!ReferenceEquals(client, built))
            {
                // Another turn kept its client for this address first.
                built.Dispose();
            }
        }

        return new KeptConnectorClient(client);
    }

    private sealed class KeptConnectorFactory(TurnClients clients, ConnectorFactory inner, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            clients.KeptAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }

    // The kept client as the adapter sees it for one turn: its dispose at the turn's end leaves the kept client open.
    private sealed class KeptConnectorClient(IConnectorClient kept) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => kept.BaseUri;
            set => throw new NotSupportedException("A kept connector client serves one address.");
        }

        public JsonSerializerSettings SerializationSettings => kept.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => kept.DeserializationSettings;

        public ServiceClientCredentials Credentials => kept.Credentials;

        public IAttachments Attachments => kept.Attachments;

        public IConversations Conversations => kept.Conversations;

        public void Dispose()
        {
        }
    }

    private sealed class DeferredUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
    {
        private Task<UserTokenClient>? _client;

        public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
            string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override async Task<TokenResponse> ExchangeTokenAsync(
            string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            await (await ClientAsync(cancellationToken)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing && _client is { IsCompletedSuccessfully: true } client)
            {
                client.Result.Dispose();
            }

            base.Dispose(disposing);
        }

        private Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken) => _client ??= create(cancellationToken);
    }
}
