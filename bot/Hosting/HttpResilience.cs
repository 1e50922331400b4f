using Microsoft.Extensions.Http.Resilience;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The standard resilience pipeline (rate limiter, timeouts, circuit breaker, retries with jittered back-off) for
/// HttpClients whose requests may be repeated: retries are switched off for POST, PUT, PATCH, DELETE and CONNECT,
/// where a request that timed out may have been applied. Never for posting messages: the proactive sender decides
/// itself what may be re-sent (<c>SendOutcome</c>).
/// </summary>
public static class HttpResilience
{
    /// <summary>Adds the standard resilience handler to <paramref name="builder"/>, retrying only safe methods.</summary>
    public static IHttpClientBuilder AddSafeRetries(this IHttpClientBuilder builder, Action<HttpStandardResilienceOptions>? configure = null)
    {
        builder.AddStandardResilienceHandler(options =>
        {
            configure?.Invoke(options);
            options.Retry.DisableForUnsafeHttpMethods();
        });
        return builder;
    }
}
