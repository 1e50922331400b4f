using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.AudioFiles;

/// <summary>The stored collections of the AudioFiles area.</summary>
public static class AudioFileCollections
{
    /// <summary>Imported audio files (metadata and fingerprint), by id.</summary>
    public static readonly DocumentCollection<AudioFile> Files = new("audio-files", AudioFile.SchemaVersion, AudioFilesJson.Default.AudioFile);

    /// <summary>
    /// Which file holds each name, by folded name: names are what admins type, so they are unique, and a second import
    /// of the same name, content and application finds the first file with a one-document read.
    /// </summary>
    public static readonly DocumentCollection<AudioFileNameClaim> Names = new("audio-file-names", AudioFileNameClaim.SchemaVersion, AudioFilesJson.Default.AudioFileNameClaim);
}

/// <summary>The audio file that holds a name.</summary>
/// <param name="FileId">The audio file's id.</param>
public sealed record AudioFileNameClaim(string FileId)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}

/// <summary>Source-generated JSON for the AudioFiles area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AudioFile))]
[JsonSerializable(typeof(AudioFileNameClaim))]
[JsonSerializable(typeof(AudioFileRemoved))]
internal sealed partial class AudioFilesJson : JsonSerializerContext;
