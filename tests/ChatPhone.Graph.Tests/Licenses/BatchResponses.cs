using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatPhone.Graph.Tests.Infrastructure;

namespace ChatPhone.Graph.Tests.Licenses;

/// <summary>Batch answers built from Microsoft's documented pieces: the batch response's item shape, assignLicense's and throttling's bodies.</summary>
internal static class BatchResponses
{
    /// <summary>The documented 403 item body (Authorization_RequestDenied) of the batch example.</summary>
    public static JsonNode Denied => Documented.Response("batch.response.http").Json["responses"]![2]!["body"]!;

    /// <summary>The documented assignLicense answer.</summary>
    public static JsonNode Assigned => Documented.Response("assignlicense.response.http").Json;

    /// <summary>The documented 429 body.</summary>
    public static JsonNode Throttled => Documented.Response("throttling-429.response.http").Json;

    /// <summary>One answer per request id of <paramref name="sent"/>, status and body chosen by <paramref name="answer"/>.</summary>
    public static HttpResponseMessage For(RecordedRequest sent, Func<string, (int Status, JsonNode Body, string? RetryAfter)> answer)
    {
        var responses = new JsonArray();
        foreach (var request in sent.Json["requests"]!.AsArray())
        {
            var id = request!["id"]!.GetValue<string>();
            var (status, body, retryAfter) = answer(id);
            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            if (retryAfter is not null)
            {
                headers["Retry-After"] = retryAfter;
            }

            responses.Add(new JsonObject { ["id"] = id, ["status"] = status, ["headers"] = headers, ["body"] = body.DeepClone() });
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(new JsonObject { ["responses"] = responses }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
