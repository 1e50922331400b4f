using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// The Teams app package: a zip holding <c>manifest.json</c>, one localization file per other language and
/// the two icons, all at the root (Teams rejects folders). The same settings always give the same bytes.
/// </summary>
public static class TeamsAppPackage
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    // Entries carry a fixed date so that a rebuild from the same settings is byte-identical.
    private static readonly DateTimeOffset EntryDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package's files, by name, in the order they are zipped.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Files(TeamsAppSettings settings) =>
    [
        (ManifestFile, Utf8(TeamsAppManifest.Build(settings))),
        .. TeamsAppManifest.Translations.Select(t => (t.File, Utf8(TeamsAppManifest.Localization(t.Language)))),
        (TeamsAppManifest.ColorIconFile, AppIcons.Color()),
        (TeamsAppManifest.OutlineIconFile, AppIcons.Outline()),
    ];

    /// <summary>The zip file's bytes.</summary>
    public static byte[] Build(TeamsAppSettings settings)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in Files(settings))
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryDate;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return zip.ToArray();
    }

    /// <summary>
    /// Writes the package to <paramref name="path"/> (creating its folder), through a temporary file so that a
    /// failed write leaves no half-written package; returns the full path written.
    /// </summary>
    public static string Write(TeamsAppSettings settings, string path)
    {
        var fullPath = Path.GetFullPath(path);
        var bytes = Build(settings);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, fullPath, overwrite: true);
        return fullPath;
    }

    private static byte[] Utf8(JsonNode json) =>
        Encoding.UTF8.GetBytes(json.ToJsonString(TeamsAppManifest.Json) + "\n");
}
