using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatPhone.Bot.TeamsApp;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>A package written to a temporary folder and unzipped there, as Teams would read it; deleted on dispose.</summary>
internal sealed class UnzippedPackage : IDisposable
{
    private UnzippedPackage(string folder, string zip)
    {
        Folder = folder;
        Zip = zip;
        var files = Path.Combine(folder, "files");
        ZipFile.ExtractToDirectory(zip, files);
        Files = Directory.GetFiles(files, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(files, f), File.ReadAllBytes);
    }

    public string Folder { get; }

    public string Zip { get; }

    /// <summary>Every unzipped file by its path inside the package.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public JsonNode Manifest => Json("manifest.json");

    public JsonNode French => Json("fr.json");

    public static UnzippedPackage Build(TeamsAppSettings settings)
    {
        var folder = NewFolder();
        return new UnzippedPackage(folder, TeamsAppPackage.Write(settings, Path.Combine(folder, "chatphone.zip")));
    }

    public static UnzippedPackage Open(string folder, string zip) => new(folder, zip);

    public static string NewFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chatphone-teamsapp-" + Guid.NewGuid().ToString("N"))).FullName;

    public JsonNode Json(string file) =>
        JsonNode.Parse(Files.TryGetValue(file, out var bytes) ? bytes : throw new InvalidOperationException($"{file} is not in the package: {string.Join(", ", Files.Keys)}"))!;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
