using System.Text;
using ChatPhone.Core.Common;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// Reads the text of a CSV attachment: inline <c>content</c>, a <c>data:</c> URI, or a Teams file
/// (<c>application/vnd.microsoft.teams.file.download.info</c>, whose <c>content.downloadUrl</c> is fetched by
/// <see cref="AttachmentDownloader"/>). No other address is fetched. Call it only for an admin.
/// </summary>
public sealed class CsvAttachmentReader(AttachmentDownloader downloader)
{
    /// <summary>The content type of a file sent in Teams.</summary>
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>Largest file read, in megabytes.</summary>
    public const int MaxMegabytes = 5;

    private const int MaxBytes = MaxMegabytes * 1024 * 1024;
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/comma-separated-values"];

    /// <summary>True when the attachment declares itself as CSV (by type, by a .csv name, or as a Teams file of type csv).</summary>
    public static bool IsCsv(Attachment attachment) =>
        CsvTypes.Contains(attachment.ContentType?.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase)
        || (attachment.Name?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ?? false)
        || (IsTeamsFile(attachment) && string.Equals(TeamsField(attachment, "fileType"), "csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>The CSV text, or a coded error saying why it could not be read.</summary>
    public async Task<Result<string>> ReadAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        if (IsTeamsFile(attachment))
        {
            var url = TeamsField(attachment, "downloadUrl");
            return url is null ? new Error("directory.csv.download_failed") : Text(await downloader.DownloadAsync(url, MaxBytes, TooLarge, cancellationToken));
        }

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

        return attachment.ContentUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? ReadDataUri(attachment.ContentUrl)
            : new Error("directory.csv.download_failed");
    }

    private static Error TooLarge => new("directory.csv.too_large", MaxMegabytes);

    private static bool IsTeamsFile(Attachment attachment) =>
        string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase);

    private static string? TeamsField(Attachment attachment, string name) => attachment.Content switch
    {
        JObject content => content[name]?.Type == JTokenType.String ? (string?)content[name] : null,
        _ => null,
    };

    private static Result<string> Text(Result<byte[]> bytes) =>
        bytes.IsSuccess ? Encoding.UTF8.GetString(bytes.Value) : bytes.Error;

    private static Result<string> Bounded(string text) =>
        Encoding.UTF8.GetByteCount(text) > MaxBytes ? TooLarge : text;

    private static Result<string> ReadDataUri(string uri)
    {
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || uri.Length - comma > MaxBytes * 4 / 3 + 4)
        {
            return comma < 0 ? new Error("directory.csv.unreadable", "bad data URI") : TooLarge;
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
}
