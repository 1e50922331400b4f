using System.Text.Json;
using ChatPhone.Graph.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ChatPhone.Graph.Numbers;

/// <summary>
/// Follows a telephone-number operation (the <c>Location</c> an accepted <c>assignNumber</c>/<c>unassignNumber</c>
/// answers with) until it is <c>succeeded</c>, <c>failed</c> or <c>skipped</c>, waiting Retry-After or the configured
/// interval between polls, for at most <see cref="GraphOptions.OperationMaxPolls"/> polls. The operation is read
/// with or without the <c>value</c> wrapper Microsoft's documented example shows.
/// </summary>
public sealed partial class LongRunningOperations(
    GraphServiceClient client, IOptions<GraphOptions> options, TimeProvider time, ILogger<LongRunningOperations> logger)
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping =
        new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    /// <summary>The failure of the operation at <paramref name="location"/> for <paramref name="number"/>, or null once it succeeded.</summary>
    public async Task<GraphFailure?> FollowAsync(string location, string number, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        for (var poll = 1; ; poll++)
        {
            var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
            var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(location) };
            request.Headers.Add("Accept", "application/json");
            request.AddRequestOptions([headers]);
            string status;
            string? detail;
            try
            {
                (status, detail) = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError error)
            {
                return GraphFailure.From(error);
            }

            switch (status)
            {
                case "succeeded":
                    return null;
                case "failed" or "skipped":
                    LogOperationFailed(logger, number, status, detail);
                    return new GraphFailure(200, GraphFailure.OperationFailed, detail ?? $"The operation ended {status}.");
            }

            if (poll >= settings.OperationMaxPolls)
            {
                return new GraphFailure(200, GraphFailure.OperationTimedOut, $"The operation was still {status} after {poll} polls.");
            }

            var retryAfter = headers.ResponseHeaders.TryGetValue("Retry-After", out var values) ? values.FirstOrDefault() : null;
            var wait = RetryDelay.FromRetryAfter(retryAfter, time.GetUtcNow()) ?? settings.OperationPollInterval;
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(string Status, string? Detail)> ReadAsync(RequestInformation request, CancellationToken cancellationToken)
    {
        var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(request, ErrorMapping, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Graph answered an operation poll without a body.");
        await using (stream.ConfigureAwait(false))
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            var operation = document.RootElement;
            if (operation.TryGetProperty("value", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
            {
                operation = wrapped;
            }

            var status = Text(operation, "status") ?? "notStarted";
            return (status, Detail(operation));
        }
    }

    // The first failed number's detail: an operation covers one number for assign/unassign.
    private static string? Detail(JsonElement operation)
    {
        if (!operation.TryGetProperty("numbers", out var numbers) || numbers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return numbers.EnumerateArray()
            .Where(number => Text(number, "status") is not "succeeded")
            .Select(number => Text(number, "statusDetail"))
            .FirstOrDefault(detail => !string.IsNullOrEmpty(detail));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph's operation for {Number} ended {Status}: {Detail}")]
    private static partial void LogOperationFailed(ILogger logger, string number, string status, string? detail);
}
