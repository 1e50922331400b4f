using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Identity.Client;
using Microsoft.Rest;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Calls the Bot Connector with the bot's own credentials (<c>MicrosoftAppId</c>), outside any turn. Each call is made
/// once and its outcome classified: an HTTP status (with Retry-After), no connection (nothing left: safe to retry),
/// a timeout or a connection lost mid-request (it may have arrived: the caller must not re-send blindly).
/// </summary>
public sealed class BotConnector(BotFrameworkAuthentication authentication, IConfiguration configuration, TimeProvider clock) : IProactiveConnector
{
    private readonly string _appId = configuration["MicrosoftAppId"] ?? string.Empty;

    /// <inheritdoc />
    public Task<SendOutcome> SendAsync(StoredReference reference, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(reference.ServiceUrl, async client =>
        {
            activity.ApplyConversationReference(reference.ToReference(), isIncoming: false);
            var response = await client.Conversations.SendToConversationAsync(activity, cancellationToken);
            return response?.Id;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> CreatePersonalConversationAsync(StoredReference endpoint, string memberId, CancellationToken cancellationToken) =>
        CallAsync(endpoint.ServiceUrl, async client =>
        {
            var parameters = new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount(endpoint.BotId, endpoint.BotName),
                Members = [new ChannelAccount(memberId)],
                TenantId = endpoint.TenantId,
                ChannelData = endpoint.TenantId is null ? null : new { tenant = new { id = endpoint.TenantId } },
            };
            var created = await client.Conversations.CreateConversationAsync(parameters, cancellationToken);
            return created?.Id;
        }, cancellationToken);

    private async Task<SendOutcome> CallAsync(string serviceUrl, Func<IConnectorClient, Task<string?>> call, CancellationToken cancellationToken)
    {
        try
        {
            // The same identity CloudAdapter builds for a proactive turn: the bot speaking as itself.
            var identity = new ClaimsIdentity(
            [
                new Claim(AuthenticationConstants.AudienceClaim, _appId),
                new Claim(AuthenticationConstants.AppIdClaim, _appId),
            ]);
            using var client = await authentication.CreateConnectorFactory(identity)
                .CreateAsync(serviceUrl, authentication.GetOriginatingAudience(), cancellationToken);
            return new SendOutcome.Accepted(await call(client));
        }
        catch (ErrorResponseException exception) when (exception.Response is { } response)
        {
            return new SendOutcome.Status((int)response.StatusCode, RetryAfter(response.Headers));
        }
        catch (HttpOperationException exception) when (exception.Response is { } response)
        {
            return new SendOutcome.Status((int)response.StatusCode, RetryAfter(response.Headers));
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
        {
            return new SendOutcome.NotConnected();
        }
        catch (MsalException)
        {
            // The bot's token could not be had: nothing was posted.
            return new SendOutcome.NotConnected();
        }
        catch (OperationCanceledException)
        {
            // The caller's token is the call's timeout (the sender never cancels a call in flight), as is HttpClient's own.
            return new SendOutcome.TimedOut();
        }
        catch (HttpRequestException)
        {
            return new SendOutcome.ConnectionLost();
        }
    }

    private TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value) || !RetryConditionHeaderValue.TryParse(value, out var parsed))
        {
            return null;
        }

        var delay = parsed.Delta ?? (parsed.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is { } positive && positive > TimeSpan.Zero ? positive : TimeSpan.Zero;
    }
}
