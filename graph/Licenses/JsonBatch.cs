using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPhone.Graph.Licenses;

/// <summary>
/// The JSON batching format (<c>POST /$batch</c>): at most <see cref="MaxRequests"/> requests with relative URLs,
/// answered by one status, headers and body per request id, in any order.
/// </summary>
internal static class JsonBatch
{
    /// <summary>Graph's limit of requests in one batch.</summary>
    public const int MaxRequests = 20;

    /// <summary>One request of a batch; <paramref name="Body"/> is sent as JSON.</summary>
    public sealed record Item(string Id, string Method, string Url, JsonNode? Body);

    /// <summary>One answer of a batch: status, Retry-After when throttled, and the body.</summary>
    public sealed record Answer(string Id, int Status, string? RetryAfter, JsonElement Body);

    /// <summary>The batch request body.</summary>
    public static byte[] Write(IReadOnlyList<Item> items)
    {
        var requests = new JsonArray();
        foreach (var item in items)
        {
            var request = new JsonObject { ["id"] = item.Id, ["method"] = item.Method, ["url"] = item.Url };
            if (item.Body is not null)
            {
                request["body"] = item.Body.DeepClone();
                request["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
            }

            requests.Add(request);
        }

        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["requests"] = requests });
    }

    /// <summary>The answers of a batch response, by id (ids are not case-sensitive).</summary>
    public static Dictionary<string, Answer> Read(JsonDocument document)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.OrdinalIgnoreCase);
        if (!document.RootElement.TryGetProperty("responses", out var responses) || responses.ValueKind != JsonValueKind.Array)
        {
            return answers;
        }

        foreach (var response in responses.EnumerateArray())
        {
            var id = response.TryGetProperty("id", out var idValue) ? idValue.GetString() : null;
            if (id is null || !response.TryGetProperty("status", out var status) || !status.TryGetInt32(out var code))
            {
                continue;
            }

            var body = response.TryGetProperty("body", out var bodyValue) ? bodyValue.Clone() : default;
            answers[id] = new Answer(id, code, Header(response, "Retry-After"), body);
        }

        return answers;
    }

    private static string? Header(JsonElement response, string name)
    {
        if (!response.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var header in headers.EnumerateObject())
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
            }
        }

        return null;
    }
}
