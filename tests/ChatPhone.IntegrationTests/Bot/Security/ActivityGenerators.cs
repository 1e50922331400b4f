using CsCheck;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>One generated request: its kind (for the summary), the raw body posted, and whether it is delivered normally.</summary>
/// <param name="Normal">True: no <c>expectReplies</c>, the bot answers on the loopback connector.</param>
public sealed record FuzzCase(string Kind, string Body, bool Normal = false)
{
    public override string ToString() => $"{Kind}{(Normal ? " (normal delivery)" : string.Empty)}: {(Body.Length <= 600 ? Body : Body[..600] + $"… ({Body.Length} chars)")}";
}

/// <summary>Who an activity claims to come from: a tenant (null: none named, the bot's default) and a user id.</summary>
public sealed record Speaker(string? Tenant, string UserId, bool InVictim);

/// <summary>
/// The generators of broken activities: malformed bodies, wrong JSON types, missing fields, unknown types, huge strings,
/// Unicode edge cases and deep nesting. Card payloads, sentences and attachments are in <see cref="PayloadGenerators"/>
/// and the Clicks part.
/// </summary>
public sealed partial class ActivityGenerators(FuzzTenant[] tenants, string connectorUrl)
{
    // Placeholders swapped for JSON escapes after serialising: a lone surrogate cannot live in a .NET string that goes
    // through UTF-8, but Teams (or anyone) can send the escape.
    private const string LoneHigh = "\u27EAd800\u27EB";
    private const string LoneLow = "\u27EAdfff\u27EB";

    private static readonly string[] Edges =
    [
        LoneHigh, LoneLow, "\u200F", "\u202E", "\u200D", "\u200B", "\uFEFF", "e\u0301\u0302\u0303\u0304\u0305", "👩‍👩‍👧‍👦",
        "🇫🇷", "\0", "\u0007", "\r\n", "\uFFFD", "\uFFFF", "𝕏", "ﷺ", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\"", "\\", "{{", "}}", "<at>x</at>", "%00", "${x}",
    ];

    private static readonly string[] KnownFields =
    [
        "type", "id", "from", "from.id", "from.aadObjectId", "from.name", "conversation", "conversation.id", "conversation.tenantId",
        "text", "locale", "value", "serviceUrl", "channelId", "channelData", "recipient", "attachments", "entities", "timestamp",
        "replyToId", "name", "deliveryMode", "membersAdded", "action",
    ];

    private static readonly JToken[] WrongValues =
    [
        42, -1, 1e308, true, false, JValue.CreateNull(), new JArray(), new JObject(), new JArray(1, new JObject(), "x"), "",
        "not what you expect", new JObject { ["id"] = new JObject() },
    ];

    private static readonly string[] ActivityTypes =
    [
        "event", "typing", "conversationUpdate", "installationUpdate", "messageReaction", "messageUpdate", "messageDelete",
        "endOfConversation", "deleteUserData", "handoff", "trace", "contactRelationUpdate", "suggestion", "command", "MESSAGE", "Invoke", "invoke",
    ];

    public IReadOnlyList<FuzzTenant> Tenants => tenants;

    /// <summary>A string of Unicode edge cases mixed with plain letters.</summary>
    public static Gen<string> Garbage { get; } = Gen.Frequency(
        (3, Gen.OneOf(Edges).Array[1, 12].Select(parts => string.Concat(parts))),
        (2, Gen.String[0, 40]),
        (2, Gen.Select(Gen.String[0, 10], Gen.OneOf(Edges), Gen.String[0, 10], (a, b, c) => a + b + c)));

    /// <summary>Every kind of broken activity, weighted.</summary>
    public Gen<FuzzCase> All => Gen.Frequency(
        (10, Malformed), (10, WrongTypes), (8, MissingFields), (6, UnknownTypes), (3, Huge), (8, Unicode), (4, DeeplyNested),
        (20, ForgedCrossTenant), (10, WrongRole), (6, Stale), (7, UnknownVerbs), (12, Sentences), (3, Attachments));

    /// <summary>Anyone who may speak in a fuzzed activity; never a victim tenant's admin or helpdesk.</summary>
    public Gen<Speaker> Speakers => Gen.Frequency(
        (4, Gen.OneOf(Attacker.Admin, Attacker.User, Attacker.Helpdesk).Select(u => new Speaker(Attacker.Name, u, false))),
        (3, Gen.OneOf(Victims).Select(v => new Speaker(v.Name, v.User, true))),
        (2, Gen.Select(Gen.OneOf(Victims), Gen.Guid, (v, g) => new Speaker(v.Name, g.ToString(), true))),
        (1, Gen.Guid.Select(g => new Speaker(null, g.ToString(), false))),
        (1, Gen.Int[0, 9].Select(i => new Speaker($"fuzz-tenant-{i}", "29:stranger", false))));

    private FuzzTenant Attacker => tenants[^1];

    private FuzzTenant[] Victims => tenants[..^1];

    private Gen<FuzzCase> Malformed => Gen.Select(Plain, Gen.Int[0, 9], Gen.Int[0, 1_000_000], Garbage, (activity, how, at, junk) =>
    {
        var json = activity.ToString(Formatting.None);
        var cut = at % Math.Max(1, json.Length);
        return new FuzzCase("malformed", how switch
        {
            0 => json[..cut],
            1 => json[..cut] + junk + json[cut..],
            2 => junk,
            3 => string.Empty,
            4 => "null",
            5 => "[" + json + "]",
            6 => json + junk,
            7 => json.Replace("\":", "\"=", StringComparison.Ordinal),
            8 => "\uFEFF" + json.Replace("\"type\":", "\"type\":1,\"type\":", StringComparison.Ordinal),
            _ => json.Replace("\"", "'", StringComparison.Ordinal),
        });
    });

    private Gen<FuzzCase> WrongTypes => Gen.Select(Plain, Gen.OneOf(KnownFields).Array[1, 3], Gen.OneOf(WrongValues), (activity, fields, wrong) =>
    {
        foreach (var path in fields)
        {
            Set(activity, path, wrong.DeepClone());
        }

        return Case("wrong types", activity);
    });

    private Gen<FuzzCase> MissingFields => Gen.Select(Gen.OneOf(Plain, Click), Gen.OneOf(
        "from", "conversation", "conversation.tenantId", "serviceUrl", "type", "id", "recipient", "channelId", "from.id", "from.aadObjectId",
        "conversation.id", "value", "value.action", "value.action.data", "locale", "text", "name").Array[1, 4], (activity, fields) =>
    {
        foreach (var path in fields)
        {
            activity.SelectToken(path)?.Parent?.Remove();
        }

        return Case("missing fields", activity);
    });

    private Gen<FuzzCase> UnknownTypes => Gen.Select(Plain, Gen.Frequency((3, Gen.OneOf(ActivityTypes)), (1, Garbage)), Garbage, Gen.Bool, (activity, type, junk, members) =>
    {
        activity["type"] = type;
        activity["name"] = junk;
        if (members)
        {
            activity["membersAdded"] = new JArray(new JObject { ["id"] = junk }, new JObject { ["id"] = activity["from"]?["id"] });
            activity["action"] = junk;
        }

        return Case("unknown types", activity);
    });

    private Gen<FuzzCase> Huge => Gen.Select(Plain, Gen.OneOf("text", "id", "from.id", "from.aadObjectId", "from.name", "conversation.id", "conversation.tenantId", "locale", "value.x", "serviceUrl"),
        Gen.OneOf(Edges), Gen.OneOf(1_000, 10_000, 100_000), (activity, path, piece, length) =>
        {
            var text = string.Concat(Enumerable.Repeat("call queue " + piece + "Alex ", (length / (12 + piece.Length)) + 1))[..length];
            Set(activity, path, text);
            return Case("huge strings", activity);
        });

    private Gen<FuzzCase> Unicode => Gen.Select(Plain, Gen.OneOf("text", "from.name", "from.id", "conversation.id", "conversation.tenantId", "locale", "id").Array[1, 3], Garbage, (activity, fields, junk) =>
    {
        foreach (var path in fields)
        {
            Set(activity, path, path == "text" ? "buy 2 Phone System licenses " + junk : junk);
        }

        return Case("unicode", activity);
    });

    private Gen<FuzzCase> DeeplyNested => Gen.Select(Plain, Gen.OneOf(20, 65, 200, 1_000, 10_000, 100_000), Gen.OneOf("value", "channelData", "entities", "text"), Gen.Bool,
        (activity, depth, path, arrays) =>
        {
            activity[path] = "@@NEST@@";
            var nest = arrays
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            return new FuzzCase("deeply nested", activity.ToString(Formatting.None).Replace("\"@@NEST@@\"", nest, StringComparison.Ordinal));
        });

    // A well-formed message from anyone, the base the mutations start from.
    private Gen<JObject> Plain => Gen.Select(Speakers, Garbage, Gen.OneOf("en-US", "fr-FR", "fr-CA", "de-DE", "xx", ""), (speaker, text, locale) => Message(speaker, text, locale));

    private JObject Message(Speaker speaker, string? text, string locale = "en-US")
    {
        var activity = Infrastructure.BotFactory.Message(speaker.UserId, text, "fuzz-" + (speaker.Tenant ?? "none"), speaker.Tenant, locale);

        // A reachable connector: an activity whose delivery mode is broken is delivered normally, and must get there.
        activity["serviceUrl"] = connectorUrl;
        if (!speaker.UserId.Contains(':', StringComparison.Ordinal))
        {
            activity["from"]!["id"] = "29:" + speaker.UserId;
        }

        return activity;
    }

    private static void Set(JObject activity, string path, JToken value)
    {
        var parts = path.Split('.');
        var parent = activity;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JObject child)
            {
                child = [];
                parent[part] = child;
            }

            parent = child;
        }

        parent[parts[^1]] = value;
    }

    private static FuzzCase Case(string kind, JObject activity, bool normal = false) =>
        new(kind, activity.ToString(Formatting.None).Replace(LoneHigh, "\\ud800", StringComparison.Ordinal).Replace(LoneLow, "\\udfff", StringComparison.Ordinal), normal);
}
