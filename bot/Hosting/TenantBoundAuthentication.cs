using System.Security.Claims;
using ChatPhone.Bot.Turns;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The Bot Framework's own token validation (<see cref="ConfigurationBotFrameworkAuthentication"/>), plus one rule of
/// ours: a token that names a tenant (<c>tid</c>) only vouches for activities of that tenant. An activity whose tenant
/// (<c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>) differs is refused with 401 before any turn runs,
/// so nothing is read or changed for it. An activity with no address (<c>serviceUrl</c>) or no conversation to answer in
/// is refused as a bad request (400, see <see cref="ChatPhoneAdapter"/>). With authentication on, a token without a
/// tenant vouches for a Teams activity only when the bot is registered in one tenant (<c>MicrosoftAppTenantId</c>) and the
/// activity names that tenant: the Bot Connector's own tokens need not carry <c>tid</c>, and a multi-tenant bot could
/// check nothing with them. When the
/// signing keys' OpenID metadata cannot be fetched, the request is answered 503 (<see cref="ChannelKeysUnavailableException"/>),
/// logged once per outage rather than as a 500 with the exception's text. The clients each turn is handed are kept or
/// deferred (<see cref="TurnClients"/>).
/// </summary>
internal sealed class TenantBoundAuthentication(IConfiguration configuration, ILogger<TenantBoundAuthentication> logger) : BotFrameworkAuthentication
{
    /// <summary>The tenant claim of Microsoft Entra and Bot Framework tokens, as written in the token.</summary>
    internal const string TenantClaim = "tid";

    /// <summary>The same claim once the JWT handler has mapped it to its long name.</summary>
    internal const string MappedTenantClaim = "http://schemas.microsoft.com/identity/claims/tenantid";

    private const string TeamsChannel = "msteams";

    private readonly ConfigurationBotFrameworkAuthentication _inner = new(configuration, logger: logger);
    private readonly TenantBinding _binding = TenantBinding.From(configuration);
    private readonly TurnClients _clients = new();
    private int _keysUnreachable;

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
            if (Interlocked.Exchange(ref _keysUnreachable, 0) == 1)
            {
                logger.LogInformation("The channel's signing keys are reachable again");
            }
        }
        catch (Exception exception) when (ChannelKeysUnavailableException.IsUnreachable(exception) && !cancellationToken.IsCancellationRequested)
        {
            if (Interlocked.Exchange(ref _keysUnreachable, 1) == 0)
            {
                logger.LogWarning("Cannot fetch the channel's signing keys (OpenID metadata): {Reason}; answering 503 until they are back", ChannelKeysUnavailableException.Reason(exception));
            }

            throw new ChannelKeysUnavailableException();
        }
        catch (Exception exception) when (exception is SecurityTokenException or ArgumentException or UnauthorizedAccessException)
        {
            // The Bot Framework lets a bad signature, an unknown key or a malformed token escape as these, which the
            // adapter would answer with 500: they are refusals of the caller, 401 like every other invalid token.
            logger.LogWarning("Refused activity {ActivityId}: invalid token ({Reason})", activity.Id, exception.GetType().Name);
            throw new UnauthorizedAccessException("Invalid token.");
        }

        if (!CanBeAnswered(activity))
        {
            // The framework builds the reply's connector from the address and posts to the conversation: without them
            // it fails with 500, before or after the turn.
            logger.LogWarning("Refused activity {ActivityId}: no absolute http(s) serviceUrl or no conversation id", activity.Id);
            throw new BadHttpRequestException("The activity has no absolute http(s) serviceUrl or no conversation id.", StatusCodes.Status400BadRequest);
        }

        if (!TenantMatches(result.ClaimsIdentity, activity, _binding))
        {
            // The tenants are identifiers, not secrets; the token itself is never logged.
            logger.LogWarning("Refused activity {ActivityId}: its tenant does not match the tenant of its token", activity.Id);
            throw new UnauthorizedAccessException("The token's tenant does not match the activity's tenant.");
        }

        result.ConnectorFactory = _clients.Connectors(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Connectors(_inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnClients.UserTokens(token => _inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <summary>True when the activity names an absolute http or https address and a conversation to answer in.</summary>
    internal static bool CanBeAnswered(IActivity activity) =>
        Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id);

    /// <summary>
    /// True when the token names the tenant the activity names (compared without regard to case). A token that names
    /// none matches when authentication is off, when the activity is not a Teams one, or when the bot's own tenant
    /// (<see cref="TenantBinding.AppTenantId"/>) is the activity's. An activity that names no tenant matches no tenant.
    /// </summary>
    internal static bool TenantMatches(ClaimsIdentity? identity, IActivity activity, TenantBinding binding)
    {
        var tokenTenant = (identity?.FindFirst(TenantClaim) ?? identity?.FindFirst(MappedTenantClaim))?.Value;
        if (string.IsNullOrWhiteSpace(tokenTenant))
        {
            if (!binding.Authenticated || !string.Equals(activity.ChannelId, TeamsChannel, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            tokenTenant = binding.AppTenantId;
        }

        var activityTenant = ActivityIdentity.NamedTenant(activity);
        return tokenTenant is not null && activityTenant is not null
            && string.Equals(tokenTenant.Trim(), activityTenant.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What the bot's registration says about the tenants its tokens may vouch for.</summary>
/// <param name="Authenticated">True when <c>MicrosoftAppId</c> is set (callers need a token).</param>
/// <param name="AppTenantId">The one tenant of a single-tenant registration (<c>MicrosoftAppTenantId</c>), else null.</param>
internal readonly record struct TenantBinding(bool Authenticated, string? AppTenantId)
{
    /// <summary>The binding of the configured registration.</summary>
    public static TenantBinding From(IConfiguration configuration) => new(
        !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]),
        string.IsNullOrWhiteSpace(configuration["MicrosoftAppTenantId"]) ? null : configuration["MicrosoftAppTenantId"]);
}
