using System.Text.Json.Nodes;

namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>A request the client sent, as the recording handler saw it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The query parameters, decoded (<c>%24select</c> is <c>$select</c>).</summary>
    public IReadOnlyDictionary<string, string> Query => RequestShape.Query(Url);

    /// <summary>The body as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body)!;
}
