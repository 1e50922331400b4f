namespace ChatPhone.Graph.Tests.Infrastructure;

/// <summary>
/// Stands in for Graph: serves the scripted responses in order and records every request. A check given with a
/// response runs on the request it answers, so a request that does not match the documented one fails the test.
/// </summary>
internal sealed class RecordingGraphHandler : HttpMessageHandler
{
    private readonly Queue<(Action<RecordedRequest> Check, Func<RecordedRequest, HttpResponseMessage> Respond)> _script = new();

    /// <summary>Every request sent, in order.</summary>
    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answers the next request with <paramref name="respond"/> once <paramref name="check"/> passed on it.</summary>
    public RecordingGraphHandler Serve(Func<RecordedRequest, HttpResponseMessage> respond, Action<RecordedRequest>? check = null)
    {
        _script.Enqueue((check ?? (_ => { }), respond));
        return this;
    }

    /// <summary>Answers the next request with <paramref name="response"/> once it matched <paramref name="documented"/>.</summary>
    public RecordingGraphHandler Serve(DocumentedRequest documented, Func<HttpResponseMessage> response) =>
        Serve(_ => response(), sent => RequestShape.AssertMatches(documented, sent));

    /// <summary>Answers the next request with <paramref name="response"/> whatever it is.</summary>
    public RecordingGraphHandler Serve(Func<HttpResponseMessage> response) => Serve(_ => response());

    /// <summary>True when every scripted response was served.</summary>
    public bool Exhausted => _script.Count == 0;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        Requests.Add(recorded);
        Assert.True(_script.Count > 0, $"Unexpected request {request.Method} {request.RequestUri}");
        var (check, respond) = _script.Dequeue();
        check(recorded);
        var response = respond(recorded);
        response.RequestMessage = request;
        return response;
    }
}
