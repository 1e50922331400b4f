using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ChatPhone.Core.Common;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// Downloads an attachment without letting its address reach inside the network: https only (http too in Development),
/// redirects followed here (at most <see cref="MaxRedirects"/>, each address checked again), and every connection made
/// to an address that <see cref="PublicAddress"/> accepts, checked on the IP actually connected to after DNS resolution
/// (so a name that resolves, or later re-resolves, to 127.0.0.1 or 169.254.169.254 is refused too). One deadline covers
/// the whole download, body included. Every refusal and failure gives the sender the same short answer
/// (<c>directory.csv.download_failed</c>); the reason goes to the log only.
/// </summary>
public sealed class AttachmentDownloader(
    IHttpClientFactory httpClients,
    IOptions<AttachmentDownloadOptions> options,
    IHostEnvironment environment,
    ILogger<AttachmentDownloader> logger)
{
    /// <summary>Name of the HTTP client used for downloads.</summary>
    public const string HttpClientName = "attachments";

    /// <summary>Redirects followed at most.</summary>
    public const int MaxRedirects = 3;

    private static readonly Error Failed = new("directory.csv.download_failed");

    /// <summary>The bytes at <paramref name="url"/>, at most <paramref name="maxBytes"/>, or a coded error.</summary>
    public async Task<Result<byte[]>> DownloadAsync(string url, int maxBytes, Error tooLarge, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.DownloadSeconds));
        Uri.TryCreate(url, UriKind.Absolute, out var address);
        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            for (var redirects = 0; ; redirects++)
            {
                if (address is null || !IsAllowedScheme(address))
                {
                    return Refuse(address?.Scheme ?? "no address", "not an https address");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects == MaxRedirects || response.Headers.Location is null)
                    {
                        return Refuse(address.Host, "too many redirects or a redirect without a location");
                    }

                    Uri.TryCreate(address, response.Headers.Location, out address);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Refuse(address.Host, $"HTTP {(int)response.StatusCode}");
                }

                return await ReadBoundedAsync(response, maxBytes, tooLarge, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Refuse(address?.Host ?? "?", $"not done within {options.Value.DownloadSeconds} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The address and its server are the sender's to choose: whatever goes wrong is a refusal, not a bug.
            return Refuse(address?.Host ?? "?", exception.InnerException?.Message ?? exception.Message);
        }
    }

    /// <summary>
    /// The handler of <see cref="HttpClientName"/>: no proxy, no automatic redirect, and a connect step that resolves the
    /// host and connects only to an address <see cref="PublicAddress"/> accepts (or that a test allowed).
    /// </summary>
    internal static SocketsHttpHandler CreateHandler(AttachmentDownloadOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, AttachmentDownloadOptions options, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses
            .Where(ip => PublicAddress.IsPublic(ip) || options.AllowedForTests.Contains(new IPEndPoint(ip, endpoint.Port)))
            .ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{endpoint.Host} resolves to no public address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<Result<byte[]>> ReadBoundedAsync(HttpResponseMessage response, int maxBytes, Error tooLarge, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return tooLarge;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return tooLarge;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private bool IsAllowedScheme(Uri address) =>
        address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment());

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private Error Refuse(string host, string reason)
    {
        logger.LogWarning("Refused or failed to download an attachment from {Host}: {Reason}", host, reason);
        return Failed;
    }
}
