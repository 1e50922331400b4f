using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;

namespace ChatPhone.Graph;

/// <summary>
/// What Graph answered when a request failed: the HTTP status and Graph's own error code and message
/// (<c>Authorization_RequestDenied</c>, <c>Request_BadRequest</c>, …). The core adapter maps these to its
/// bilingual errors; this layer keeps Graph's words.
/// </summary>
public sealed record GraphFailure(int Status, string Code, string Message)
{
    /// <summary>A long-running operation that ended in <c>failed</c> (or <c>skipped</c>).</summary>
    public const string OperationFailed = "operationFailed";

    /// <summary>A long-running operation still not finished after the configured number of polls.</summary>
    public const string OperationTimedOut = "operationTimedOut";

    /// <summary>An accepted request whose answer named no operation to follow.</summary>
    public const string NoOperation = "operationMissing";

    /// <summary>The failure the SDK raised for an error response.</summary>
    public static GraphFailure From(ODataError error) =>
        new(error.ResponseStatusCode, error.Error?.Code ?? string.Empty, error.Error?.Message ?? error.Message);

    /// <summary>The failure in an error body (<c>{"error": {"code", "message"}}</c>), as a batch item carries it.</summary>
    public static GraphFailure From(int status, JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            return new GraphFailure(status, Text(error, "code"), Text(error, "message"));
        }

        return new GraphFailure(status, string.Empty, string.Empty);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
