using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatPhone.Graph.Http;

/// <summary>
/// Retries a Graph request answered 429, 503 or 504, waiting what Retry-After asks (or an exponential backoff),
/// for at most <see cref="GraphOptions.MaxAttempts"/> attempts. It replaces the SDK's retry handler because
/// waits go through <see cref="TimeProvider"/> (tests advance a fake clock instead of sleeping); cancellation
/// stops the wait at once. Each retry sends a fresh copy of the request, its body buffered once.
/// </summary>
public sealed partial class GraphRetryHandler(IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphRetryHandler> logger)
    : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            using var copy = attempt == 1 ? null : Copy(request, body);
            var message = copy ?? request;
            var response = await base.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (!RetryDelay.IsTransient((int)response.StatusCode) || attempt >= settings.MaxAttempts)
            {
                return response;
            }

            var wait = RetryDelay.Next(RetryDelay.RetryAfterHeader(response.Headers), attempt, settings, time.GetUtcNow());
            LogRetry(logger, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, wait, attempt);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        }

        if (body is not null)
        {
            copy.Content = Content(request.Content!, body);
        }

        return copy;
    }

    private static ByteArrayContent Content(HttpContent original, byte[] body)
    {
        var content = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return content;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph answered {Status} to {Method} {Path}; attempt {Attempt} is retried in {Wait}")]
    private static partial void LogRetry(ILogger logger, string method, string? path, int status, TimeSpan wait, int attempt);
}
