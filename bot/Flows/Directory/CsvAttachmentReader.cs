using System.Net.Http.Headers;
using System.Text;
using ChatPhone.Core.Common;
using Microsoft.Bot.Schema;
using Error = ChatPhone.Core.Common.Error;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// Reads the text of a CSV attachment: inline <c>content</c>, a <c>data:</c> URI, or an http(s)
/// <c>contentUrl</c> (bounded in size and time). Call it only for an admin: it fetches URLs.
/// </summary>
public sealed class CsvAttachmentReader(IHttpClientFactory httpClients)
{
    /// <summary>Name of the HTTP client used for downloads.</summary>
    public const string HttpClientName = "attachments";

    /// <summary>Largest file read, in megabytes.</summary>
    public const int MaxMegabytes = 5;

    private const int MaxBytes = MaxMegabytes * 1024 * 1024;
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/comma-separated-values"];

    /// <summary>True when the attachment declares itself as CSV (by type, or by a .csv name).</summary>
    public static bool IsCsv(Attachment attachment) =>
        CsvTypes.Contains(attachment.ContentType?.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase)
        || (attachment.Name?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The CSV text, or a coded error saying why it could not be read.</summary>
    public async Task<Result<string>> ReadAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        switch (attachment.Content)
        {
            case string text:
                return Bounded(text);
            case JValue { Type: JTokenType.String } value:
                return Bounded(value.Value<string>()!);
        }

        if (string.IsNullOrWhiteSpace(attachment.ContentUrl))
        {
            return new Error("directory.csv.unreadable", "no content");
        }

        if (attachment.ContentUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return ReadDataUri(attachment.ContentUrl);
        }

        if (!Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new Error("directory.csv.unreadable", "unsupported address");
        }

        return await DownloadAsync(uri, cancellationToken);
    }

    private static Result<string> Bounded(string text) =>
        Encoding.UTF8.GetByteCount(text) > MaxBytes ? new Error("directory.csv.too_large", MaxMegabytes) : text;

    private static Result<string> ReadDataUri(string uri)
    {
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || uri.Length - comma > MaxBytes * 4 / 3 + 4)
        {
            return comma < 0 ? new Error("directory.csv.unreadable", "bad data URI") : new Error("directory.csv.too_large", MaxMegabytes);
        }

        var header = uri[5..comma];
        var payload = uri[(comma + 1)..];
        try
        {
            var bytes = header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
            return Bounded(Encoding.UTF8.GetString(bytes));
        }
        catch (FormatException)
        {
            return new Error("directory.csv.unreadable", "bad base64");
        }
    }

    private async Task<Result<string>> DownloadAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new Error("directory.csv.unreadable", $"HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return new Error("directory.csv.too_large", MaxMegabytes);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return new Error("directory.csv.too_large", MaxMegabytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (HttpRequestException)
        {
            return new Error("directory.csv.unreadable", "download failed");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Error("directory.csv.unreadable", "download timed out");
        }
    }
}
