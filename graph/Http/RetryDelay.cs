using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ChatPhone.Graph.Http;

/// <summary>How long to wait before the next attempt, as Graph's throttling guidance says: Retry-After when sent, else exponential backoff.</summary>
internal static class RetryDelay
{
    /// <summary>The statuses Graph documents as worth retrying: throttled, unavailable, gateway timeout.</summary>
    public static bool IsTransient(int status) =>
        status is (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout;

    /// <summary>The wait Retry-After asks for (seconds, fractions allowed as Graph sends them, or an HTTP date), or null.</summary>
    public static TimeSpan? FromRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }

    /// <summary>The raw Retry-After of a response (the typed header rejects Graph's fractional seconds).</summary>
    public static string? RetryAfterHeader(HttpResponseHeaders headers) =>
        headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null;

    /// <summary>The backoff before attempt <paramref name="attempt"/> + 1 (1-based): first, 2×first, 4×first, …</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan first) =>
        TimeSpan.FromTicks(first.Ticks * (1L << Math.Min(attempt - 1, 16)));

    /// <summary>The wait before the next attempt, never longer than the configured maximum.</summary>
    public static TimeSpan Next(string? retryAfter, int attempt, GraphOptions options, DateTimeOffset now)
    {
        var wait = FromRetryAfter(retryAfter, now) ?? Backoff(attempt, options.FirstRetryDelay);
        return wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait;
    }
}
