using System.Net;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The addresses the host listens on: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), else <c>HTTP_PORTS</c> /
/// <c>HTTPS_PORTS</c> (<c>ASPNETCORE_HTTP_PORTS</c>, …), else <see cref="DefaultUrl"/>; plus any
/// <c>Kestrel:Endpoints:*:Url</c>, which Kestrel prefers to all of them. Without a MicrosoftAppId nothing authenticates
/// callers, so every one of these is rewritten onto loopback, whichever way it was configured.
/// </summary>
internal static class ListenAddresses
{
    internal const string DefaultUrl = "http://localhost:3978";
    private const string KestrelEndpoints = "Kestrel:Endpoints";

    /// <summary>
    /// The urls to listen on; without an app id (<paramref name="authenticated"/> false) every address, the Kestrel
    /// endpoints' included (rewritten in <paramref name="configuration"/>), is on loopback. <paramref name="rebound"/>
    /// names each setting whose address was moved, for a start-up warning.
    /// </summary>
    public static string[] Resolve(IConfiguration configuration, bool authenticated, out IReadOnlyList<string> rebound)
    {
        var moved = new List<string>();
        var (setting, urls) = Configured(configuration);
        if (!authenticated)
        {
            if (urls.Any(url => !IsLoopback(url)))
            {
                moved.Add(setting);
            }

            urls = urls.Select(ToLoopback).ToArray();
            foreach (var endpoint in configuration.GetSection(KestrelEndpoints).GetChildren())
            {
                var key = $"{KestrelEndpoints}:{endpoint.Key}:Url";
                if (configuration[key] is { Length: > 0 } url && !IsLoopback(url))
                {
                    configuration[key] = ToLoopback(url);
                    moved.Add(key);
                }
            }
        }

        rebound = moved;
        return urls;
    }

    /// <summary>Rewrites a listen address onto 127.0.0.1 unless it already is loopback.</summary>
    internal static string ToLoopback(string url)
    {
        if (IsLoopback(url))
        {
            return url;
        }

        var uri = Parse(url);
        uri.Host = "127.0.0.1";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private static (string Setting, string[] Urls) Configured(IConfiguration configuration)
    {
        if (configuration["urls"] is { } urls && !string.IsNullOrWhiteSpace(urls))
        {
            return ("urls", urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        // Kestrel reads the ports the same way: every interface, http then https.
        var ports = Ports(configuration["HTTP_PORTS"], "http").Concat(Ports(configuration["HTTPS_PORTS"], "https")).ToArray();
        return ports.Length > 0 ? ("HTTP_PORTS/HTTPS_PORTS", ports) : ("urls", [DefaultUrl]);
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => $"{scheme}://*:{port}");

    private static bool IsLoopback(string url)
    {
        var host = Parse(url).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    // Kestrel's wildcards (*, +) are not host names a UriBuilder accepts.
    private static UriBuilder Parse(string url) =>
        new(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal));
}

/// <summary>The settings whose addresses <see cref="ListenAddresses"/> moved onto loopback, logged once the host is built.</summary>
internal sealed record ReboundAddresses(IReadOnlyList<string> Settings);
