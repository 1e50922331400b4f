using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPhone.Graph.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ChatPhone.Graph.Licenses;

/// <summary>
/// The tenant's subscriptions (<c>GET /subscribedSkus</c>) and license assignment: <c>assignLicense</c> for many
/// people in <c>$batch</c> requests of at most 20, with one outcome per person. Batch items Graph throttled or
/// could not serve (429, 503, 504) are sent again in a new batch after the longest Retry-After among them,
/// as Graph's throttling guidance says (the SDK does not retry inside a batch).
/// </summary>
public sealed partial class GraphLicenses(
    GraphServiceClient client, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphLicenses> logger)
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping =
        new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    /// <summary>Every subscription of the tenant.</summary>
    public async Task<GraphOutcome<IReadOnlyList<GraphSubscription>>> ListSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var subscriptions = new List<GraphSubscription>();
            var response = await client.SubscribedSkus.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            while (response is not null)
            {
                subscriptions.AddRange((response.Value ?? []).Where(sku => sku.SkuId is not null).Select(Map));
                response = response.OdataNextLink is null
                    ? null
                    : await client.SubscribedSkus.WithUrl(response.OdataNextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return GraphOutcome<IReadOnlyList<GraphSubscription>>.Ok(subscriptions);
        }
        catch (ODataError error)
        {
            return GraphOutcome<IReadOnlyList<GraphSubscription>>.Fail(GraphFailure.From(error));
        }
    }

    /// <summary>Applies every change, 20 per batch; the outcomes come back in the order of <paramref name="changes"/>.</summary>
    public async Task<IReadOnlyList<LicenseOutcome>> AssignAsync(IReadOnlyList<LicenseChange> changes, CancellationToken cancellationToken = default)
    {
        var items = changes.Select((change, index) => Item(change, index)).ToList();
        var failures = new Dictionary<string, GraphFailure?>();
        var settings = options.Value;
        for (var attempt = 1; items.Count > 0; attempt++)
        {
            var again = new List<JsonBatch.Item>();
            var wait = TimeSpan.Zero;
            foreach (var batch in items.Chunk(JsonBatch.MaxRequests))
            {
                var answers = await SendAsync(batch, cancellationToken).ConfigureAwait(false);
                foreach (var item in batch)
                {
                    var answer = answers.IsSuccess ? answers.Value.GetValueOrDefault(item.Id) : null;
                    if (answer is not null && RetryDelay.IsTransient(answer.Status) && attempt < settings.MaxAttempts)
                    {
                        again.Add(item);
                        var next = RetryDelay.Next(answer.RetryAfter, attempt, settings, time.GetUtcNow());
                        wait = next > wait ? next : wait;
                        continue;
                    }

                    failures[item.Id] = answer switch
                    {
                        null when !answers.IsSuccess => answers.Failure,
                        null => new GraphFailure(0, "batchAnswerMissing", "The batch response has no answer for this request."),
                        { Status: >= 200 and < 300 } => null,
                        _ => GraphFailure.From(answer.Status, answer.Body),
                    };
                }
            }

            if (again.Count > 0)
            {
                LogBatchRetry(logger, again.Count, wait, attempt);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            items = again;
        }

        return changes.Select((change, index) => new LicenseOutcome(change.UserId, failures[Id(index)])).ToList();
    }

    private async Task<GraphOutcome<Dictionary<string, JsonBatch.Answer>>> SendAsync(
        IReadOnlyList<JsonBatch.Item> batch, CancellationToken cancellationToken)
    {
        var request = new RequestInformation { HttpMethod = Method.POST, URI = new Uri(client.RequestAdapter.BaseUrl + "/$batch") };
        request.Headers.Add("Accept", "application/json");
        request.SetStreamContent(new MemoryStream(JsonBatch.Write(batch)), "application/json");
        try
        {
            var stream = await client.RequestAdapter.SendPrimitiveAsync<Stream>(request, ErrorMapping, cancellationToken).ConfigureAwait(false);
            if (stream is null)
            {
                return GraphOutcome<Dictionary<string, JsonBatch.Answer>>.Ok([]);
            }

            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return GraphOutcome<Dictionary<string, JsonBatch.Answer>>.Ok(JsonBatch.Read(document));
            }
        }
        catch (ODataError error)
        {
            return GraphOutcome<Dictionary<string, JsonBatch.Answer>>.Fail(GraphFailure.From(error));
        }
    }

    private static JsonBatch.Item Item(LicenseChange change, int index)
    {
        var add = new JsonArray();
        foreach (var sku in change.Add)
        {
            add.Add(new JsonObject { ["disabledPlans"] = new JsonArray(), ["skuId"] = sku.ToString() });
        }

        var remove = new JsonArray();
        foreach (var sku in change.Remove)
        {
            remove.Add(sku.ToString());
        }

        var body = new JsonObject { ["addLicenses"] = add, ["removeLicenses"] = remove };
        return new JsonBatch.Item(Id(index), "POST", $"/users/{Uri.EscapeDataString(change.UserId)}/assignLicense", body);
    }

    private static string Id(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static GraphSubscription Map(SubscribedSku sku) =>
        new(sku.SkuId!.Value, sku.SkuPartNumber ?? string.Empty, sku.PrepaidUnits?.Enabled ?? 0, sku.ConsumedUnits ?? 0, sku.CapabilityStatus ?? string.Empty);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} license assignments were throttled in a batch; attempt {Attempt} is retried in {Wait}")]
    private static partial void LogBatchRetry(ILogger logger, int count, TimeSpan wait, int attempt);
}
