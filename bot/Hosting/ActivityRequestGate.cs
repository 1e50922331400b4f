using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// What <c>POST /api/messages</c> checks before the Bot Framework reads the activity: a client that keeps sending
/// refused requests is answered 429; with a MicrosoftAppId, a request without a bearer token shaped like a JWT is
/// refused 401 unread (the token's signature and claims need the activity, so the adapter checks them); a body larger
/// than <see cref="BotOptions.MaxActivityBytes"/> is answered 413, unread when its length is declared, else as soon as it
/// grows past the limit. The body is then held in memory for the adapter, so a request costs at most that much.
/// Each refusal is one warning line.
/// </summary>
internal sealed partial class ActivityRequestGate(
    IOptions<BotOptions> options,
    IConfiguration configuration,
    RefusalThrottle throttle,
    ILogger<ActivityRequestGate> logger)
{
    private readonly bool _authenticated = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    /// <summary>Runs <paramref name="process"/> for a request that passes; answers the others itself.</summary>
    public async Task HandleAsync(HttpContext context, Func<Task> process)
    {
        var client = context.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(client) is { } wait)
        {
            logger.LogWarning("Throttled a request from {Client}: too many refused requests", client);
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        if (_authenticated && !BearerJwt().IsMatch(context.Request.Headers.Authorization.ToString()))
        {
            logger.LogWarning("Refused a request from {Client}: no well-formed bearer token", client);
            throttle.Count(client);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var limit = options.Value.MaxActivityBytes;
        var body = context.Request.ContentLength > limit ? null : await ReadAsync(context, limit);
        if (body is null)
        {
            logger.LogWarning("Refused a request from {Client}: body larger than {Limit} bytes", client, limit);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        context.Request.Body = body;
        context.Request.ContentLength = body.Length;
        await process();
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            throttle.Count(client);
        }
    }

    // The whole body, or null once it passes the limit (Kestrel's own limit stops the transfer where it applies).
    private static async Task<MemoryStream?> ReadAsync(HttpContext context, int limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var buffer = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 16 * 1024, limit));
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }

    // "Bearer" and three base64url segments (header.payload.signature), as every channel token is.
    [GeneratedRegex(@"^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex BearerJwt();
}
