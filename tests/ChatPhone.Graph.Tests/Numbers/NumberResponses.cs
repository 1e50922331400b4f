using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Numbers;

/// <summary>Microsoft's documented number responses, and the wire shapes derived from them where the samples are malformed.</summary>
internal static class NumberResponses
{
    /// <summary>
    /// The entries of a documented list response. The samples write <c>value</c> as an object repeated once per
    /// entry (not valid for a collection); the entries are read in order and served as the array Graph sends.
    /// </summary>
    public static List<JsonNode> Entries(string name)
    {
        using var document = JsonDocument.Parse(Documented.Response(name).Body, Documented.Lenient);
        return document.RootElement.EnumerateObject().Where(p => p.Name == "value").Select(p => JsonNode.Parse(p.Value.GetRawText())!).ToList();
    }

    /// <summary>A page holding <paramref name="entries"/>.</summary>
    public static string Page(IEnumerable<JsonNode> entries) => new JsonObject { ["value"] = new JsonArray(entries.Select(e => e.DeepClone()).ToArray()) }.ToJsonString();

    /// <summary><paramref name="count"/> numbers shaped like the first documented entry, each with its own id and number.</summary>
    public static List<JsonNode> Numbered(int count, int from)
    {
        var template = Entries("numberassignments-list-example3.response.http")[0];
        return Enumerable.Range(from, count).Select(i =>
        {
            var entry = template.DeepClone();
            entry["id"] = $"synthetic-{i}";
            entry["telephoneNumber"] = $"+3315550{i:0000}";
            return entry;
        }).ToList();
    }

    /// <summary>The documented operation answer with another status (and, for a failure, a status detail on its number).</summary>
    public static string Operation(string status, string? detail = null)
    {
        var operation = Documented.Response("operation-get.response.http").Json;
        var value = operation["value"]!;
        value["status"] = status;
        value["numbers"]![0]!["status"] = status;
        if (detail is not null)
        {
            value["numbers"]![0]!["statusDetail"] = detail;
        }

        return operation.ToJsonString();
    }
}
