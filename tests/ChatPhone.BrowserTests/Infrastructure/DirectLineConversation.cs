using System.Text.Json.Nodes;

namespace ChatPhone.BrowserTests.Infrastructure;

/// <summary>
/// One Direct Line conversation: every activity in the order the channel accepted it, the person's own echoed back
/// as Direct Line does, with ids <c>{conversation}|{index}</c> and the index as the polling watermark.
/// </summary>
public sealed class DirectLineConversation(string id)
{
    private readonly List<JsonObject> _activities = [];
    private readonly object _gate = new();

    public string Id { get; } = id;

    /// <summary>Stamps <paramref name="activity"/> with its id, time and conversation, stores it and returns its id.</summary>
    public string Append(JsonObject activity)
    {
        lock (_gate)
        {
            var id = $"{Id}|{_activities.Count:D7}";
            activity["id"] = id;
            activity["timestamp"] = DateTimeOffset.UtcNow.ToString("O");
            activity["conversation"] = new JsonObject { ["id"] = Id };
            activity["channelId"] = DirectLineServer.ChannelId;
            _activities.Add(activity);
            return id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all when empty) and the new watermark, as Direct Line's <c>ActivitySet</c>.</summary>
    public JsonObject Since(string? watermark)
    {
        lock (_gate)
        {
            var start = int.TryParse(watermark, out var seen) ? Math.Clamp(seen, 0, _activities.Count) : 0;
            var activities = new JsonArray(_activities.Skip(start).Select(a => (JsonNode)a.DeepClone()).ToArray());
            return new JsonObject { ["activities"] = activities, ["watermark"] = _activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }

    /// <summary>The texts of the activities so far, for failure messages.</summary>
    public IReadOnlyList<string> Transcript()
    {
        lock (_gate)
        {
            return _activities.Select(a => $"{a["from"]?["id"]}: {(string?)a["text"] ?? a["value"]?.ToJsonString() ?? "(" + a["attachments"]?.AsArray().Count + " attachments)"}").ToArray();
        }
    }
}
