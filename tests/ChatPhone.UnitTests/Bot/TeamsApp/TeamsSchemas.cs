using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>
/// The official Teams schemas (in <c>Bot/TeamsApp/Schemas</c> with their MIT licence, copied beside the test binaries
/// at build time) and a real JSON Schema validator over them. The files declare draft-04 yet use <c>const</c> (draft-06 on) and put limits beside
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
        var path = Path.Combine(AppContext.BaseDirectory, "Bot", "TeamsApp", "Schemas", file);
        Assert.True(File.Exists(path), $"{path} is missing: the test project copies Bot/TeamsApp/Schemas/{file} there when it builds.");
        return JsonSchema.FromFile(path, Options.Value);
    }
}
