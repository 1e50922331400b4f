using System.Text;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>One server-sent event of the playground stream.</summary>
public sealed record StreamedEvent(string Kind, string? Id, JObject Data);

/// <summary>Reads the playground's <c>/playground/events</c> stream the way EventSource does.</summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    /// <summary>Opens the stream of <paramref name="conversation"/> (and of conversations created with <paramref name="user"/>).</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string conversation, string? user = null)
    {
        var url = $"/playground/events?conversation={Uri.EscapeDataString(conversation)}"
            + (user is null ? string.Empty : $"&user={Uri.EscapeDataString(user)}");
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event after the opening <c>ready</c>, or a failure after <paramref name="seconds"/>.</summary>
    public async Task<StreamedEvent> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        string kind = "message";
        string? id = null;
        var data = new StringBuilder();
        try
        {
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Length > 0 && kind != "ready")
                    {
                        return new StreamedEvent(kind, id, JObject.Parse(data.ToString()));
                    }

                    (kind, id) = ("message", null);
                    data.Clear();
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var field = colon < 0 ? line : line[..colon];
                var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
                switch (field)
                {
                    case "event":
                        kind = value;
                        break;
                    case "id":
                        id = value;
                        break;
                    case "data":
                        data.Append(value);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"No event arrived on the playground stream within {seconds} s.");
        }

        throw new EndOfStreamException("The playground stream ended.");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
