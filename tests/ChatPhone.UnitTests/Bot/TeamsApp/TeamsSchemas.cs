using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>
/// The official Teams schemas (<c>../shared/schemas/teams</c>, beside the repository) and a real JSON Schema
/// validator over them. The files declare draft-04 yet use <c>const</c> (draft-06 on) and put limits beside
/// <c>$ref</c> (which Teams' own validators apply), so they are evaluated as draft-07 with <c>$ref</c> siblings
/// honoured: the strictest faithful reading.
/// </summary>
internal static class TeamsSchemas
{
    private static readonly Lazy<BuildOptions> Options = new(() =>
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#"), false, true));
        return new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
    });

    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Load("MicrosoftTeams.schema.json"));
    private static readonly Lazy<JsonSchema> LocalizationSchema = new(() => Load("MicrosoftTeams.Localization.schema.json"));

    /// <summary>The errors of <paramref name="manifest"/> against the manifest schema; empty when valid.</summary>
    public static IReadOnlyList<string> ManifestErrors(JsonNode manifest) => Errors(ManifestSchema.Value, manifest);

    /// <summary>The errors of <paramref name="file"/> against the localization schema; empty when valid.</summary>
    public static IReadOnlyList<string> LocalizationErrors(JsonNode file) => Errors(LocalizationSchema.Value, file);

    private static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
            .ToList();
        if (!results.IsValid && errors.Count == 0)
        {
            errors.Add("invalid, without details");
        }

        return errors;
    }

    private static JsonSchema Load(string file)
    {
        var path = Path.Combine(Folder(), file);
        Assert.True(File.Exists(path), $"{path} is missing: clone the repository next to ../shared, which holds schemas/teams.");
        return JsonSchema.FromFile(path, Options.Value);
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatPhone.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "ChatPhone.sln not found above the test binaries.");
        var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "schemas", "teams"));
        Assert.True(Directory.Exists(folder), $"{folder} is missing: clone the repository next to ../shared (the Teams schemas live in ../shared/schemas/teams).");
        return folder;
    }
}
