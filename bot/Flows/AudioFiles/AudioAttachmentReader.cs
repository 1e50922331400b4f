using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Common;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.AudioFiles;

/// <summary>An audio file as sent in chat: its name and its bytes.</summary>
/// <param name="FileName">The name the sender gave it.</param>
/// <param name="Content">Its bytes, at most 5 MB.</param>
public sealed record AudioUpload(string FileName, byte[] Content);

/// <summary>
/// Reads an audio attachment: a Teams file (<c>content.downloadUrl</c>) or an http(s) <c>contentUrl</c>, both fetched by
/// <see cref="AttachmentDownloader"/> (which refuses private addresses), a <c>data:</c> URI, or inline base64 content.
/// At most 5 MB are read. Call it only for an admin.
/// </summary>
public sealed class AudioAttachmentReader(AttachmentDownloader downloader)
{
    private static readonly string[] Extensions = [".wav", ".mp3", ".wma"];
    private static readonly int MaxBytes = (int)AudioFileRules.MaxSizeBytes;

    /// <summary>True when the attachment declares itself as audio: an <c>audio/*</c> type, or a WAV, MP3 or WMA name or Teams file type.</summary>
    public static bool IsAudio(Attachment attachment) =>
        (attachment.ContentType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ?? false)
        || Extensions.Any(e => attachment.Name?.Trim().EndsWith(e, StringComparison.OrdinalIgnoreCase) ?? false)
        || (IsTeamsFile(attachment) && TeamsField(attachment, "fileType") is { } type && Extensions.Contains("." + type.ToLowerInvariant()));

    /// <summary>The file's name and bytes, or a coded error saying why it could not be read.</summary>
    public async Task<Result<AudioUpload>> ReadAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var name = (attachment.Name ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            return new Error("audio_file.name_required");
        }

        var bytes = await BytesAsync(attachment, cancellationToken);
        return bytes.IsSuccess ? new AudioUpload(name, bytes.Value) : bytes.Error!;
    }

    private async Task<Result<byte[]>> BytesAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var url = IsTeamsFile(attachment) ? TeamsField(attachment, "downloadUrl") : attachment.ContentUrl;
        if (!IsTeamsFile(attachment) && attachment.Content is string or JValue { Type: JTokenType.String })
        {
            return Base64(attachment.Content.ToString()!);
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            return new Error("audio_file.download_failed");
        }

        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            return comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                ? new Error("audio_file.download_failed")
                : Base64(url[(comma + 1)..]);
        }

        var downloaded = await downloader.DownloadAsync(url, MaxBytes, TooLarge(attachment), cancellationToken);
        return downloaded.IsSuccess || downloaded.Error!.Code != "directory.csv.download_failed"
            ? downloaded
            : new Error("audio_file.download_failed");
    }

    private static Error TooLarge(Attachment attachment) =>
        new("audio_file.too_large", attachment.Name ?? string.Empty, $"> {AudioFileRules.MaxSizeBytes}", AudioFileRules.MaxSizeBytes);

    private static Result<byte[]> Base64(string payload)
    {
        if (payload.Length > MaxBytes / 3 * 4 + 8)
        {
            return new Error("audio_file.too_large", string.Empty, $"> {AudioFileRules.MaxSizeBytes}", AudioFileRules.MaxSizeBytes);
        }

        try
        {
            return Convert.FromBase64String(payload.Trim());
        }
        catch (FormatException)
        {
            return new Error("audio_file.download_failed");
        }
    }

    private static bool IsTeamsFile(Attachment attachment) =>
        string.Equals(attachment.ContentType, CsvAttachmentReader.TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase);

    private static string? TeamsField(Attachment attachment, string name) => attachment.Content switch
    {
        JObject content => content[name]?.Type == JTokenType.String ? (string?)content[name] : null,
        _ => null,
    };
}
