using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatPhone.Bench.Turns;

/// <summary>Posts activities to <c>/api/messages</c> as Teams does (expectReplies) and reads the replies.</summary>
internal sealed class TurnClient(HttpClient http)
{
    /// <summary>The tenant every bench conversation belongs to.</summary>
    public const string Tenant = "demo";

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A message from <paramref name="userId"/> in <paramref name="conversation"/>; of <paramref name="tenant"/> when
    /// given (<c>conversation.tenantId</c> and <c>channelData.tenant.id</c>, as Teams sends them), else the bot's default tenant.
    /// </summary>
    public static JsonObject Message(string userId, string text, string conversation, string locale = "en-US", string? tenant = null)
    {
        var message = Activity(userId, text, conversation, locale);
        if (tenant is not null)
        {
            message["conversation"]!["tenantId"] = tenant;
            message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        }

        return message;
    }

    /// <summary>A card click (<c>adaptiveCard/action</c> invoke) carrying <paramref name="data"/>, of <paramref name="tenant"/> when given.</summary>
    public static JsonObject Invoke(string userId, JsonObject data, string conversation, string? tenant = null)
    {
        var invoke = Message(userId, string.Empty, conversation, tenant: tenant);
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["verb"]?.DeepClone(), ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>Posts the activity; returns the turn's replies. A non-2xx answer is a failed benchmark, not a figure.</summary>
    public async Task<JsonArray> SendAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} for a {activity["type"]}: {body}");
        }

        if (body.Length == 0)
        {
            return [];
        }

        var json = JsonNode.Parse(body)!;
        return (json["activities"] ?? json["body"]?["activities"])?.AsArray() ?? [];
    }

    /// <summary>Everything the replies show, as one string (to check a turn did what it should).</summary>
    public static string Shown(JsonArray replies) => replies.ToJsonString(Readable);

    /// <summary>The first object with <c>"verb": <paramref name="verb"/></c> anywhere in the replies (a button's data).</summary>
    public static JsonObject? ActionData(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && o.Parent is JsonObject { } parent && parent["data"] == o => o,
        JsonObject o => o.Select(p => ActionData(p.Value, verb)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(n => ActionData(n, verb)).FirstOrDefault(d => d is not null),
        _ => null,
    };

    /// <summary>The values of every <c>choices[*].value</c> in the replies (a picker's options).</summary>
    public static IEnumerable<string> ChoiceValues(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "choices" && p.Value is JsonArray choices
            ? choices.Select(c => (string?)c?["value"]).OfType<string>()
            : ChoiceValues(p.Value)),
        JsonArray a => a.SelectMany(ChoiceValues),
        _ => [],
    };

    private static JsonObject Activity(string userId, string text, string conversation, string locale) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = "29:" + userId, ["aadObjectId"] = userId, ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "28:chatphone" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["text"] = text,
    };
}
