using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Hosting;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.UnitTests.Cards;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.UnitTests.Bot.Flows;

/// <summary>
/// Every button a card can carry reaches a flow: every payload type is in <c>CardPayloadJsonContext</c> (and only
/// payloads are), each payload's verb is owned by exactly one of the bot's action flows (as the host registers them),
/// no flow owns a verb no payload has, and every verb on a sample card is routed.
/// </summary>
public sealed class CardVerbTests
{
    // The flows as the host wires them (Program's own registrations; nothing is started or connected).
    private static readonly Lazy<IReadOnlyList<IActionFlow>> Flows = new(() =>
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Redis:ConnectionString"] = "127.0.0.1:1,abortConnect=false";
        builder.Services.AddChatPhoneCore(builder.Configuration).AddChatPhoneBot(builder.Configuration);
        return builder.Build().Services.GetServices<IActionFlow>().ToArray();
    });

    private static IEnumerable<Type> PayloadTypes() =>
        typeof(ICardPayload).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICardPayload).IsAssignableFrom(t));

    private static IEnumerable<string> PayloadVerbs() =>
        PayloadTypes().Select(t => (string)t.GetProperty(nameof(ICardPayload.Verb), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

    [Fact]
    public void CardPayloadJsonContext_HoldsEveryPayloadType_AndNothingElse()
    {
        // The context is internal to the cards: read the types it is generated for from its [JsonSerializable] list.
        var context = typeof(ICardPayload).Assembly.GetType("ChatPhone.Cards.Actions.CardPayloadJsonContext", throwOnError: true)!;
        var registered = context.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToHashSet();
        var payloads = PayloadTypes().ToHashSet();

        Assert.NotEmpty(registered);
        Assert.True(payloads.SetEquals(registered),
            "Payloads the context cannot write: " + string.Join(", ", payloads.Except(registered).Select(t => t.Name))
            + "; types in the context that are no payload: " + string.Join(", ", registered.Except(payloads).Select(t => t.Name)));
    }

    [Fact]
    public void EveryPayloadVerb_IsOwnedByExactlyOneFlow()
    {
        var owners = Flows.Value.SelectMany(f => f.Verbs.Select(v => (Verb: v, Flow: f.GetType().Name))).ToLookup(p => p.Verb, p => p.Flow);

        var problems = PayloadVerbs()
            .Where(verb => owners[verb].Count() != 1)
            .Select(verb => $"{verb}: {(owners[verb].Any() ? string.Join(", ", owners[verb]) : "no flow")}")
            .ToArray();

        Assert.True(problems.Length == 0, "Payload verbs not owned by exactly one flow: " + string.Join("; ", problems));
    }

    [Fact]
    public void NoFlow_OwnsAVerbThatNoPayloadCarries()
    {
        var payloadVerbs = PayloadVerbs().ToHashSet(StringComparer.Ordinal);

        var orphans = Flows.Value.SelectMany(f => f.Verbs.Where(v => !payloadVerbs.Contains(v)).Select(v => $"{f.GetType().Name}: {v}")).ToArray();

        Assert.True(orphans.Length == 0, "Flows own verbs no card can send: " + string.Join("; ", orphans));
    }

    [Fact]
    public void EveryVerbOnASampleCard_InBothLanguages_IsRouted()
    {
        var routed = Flows.Value.SelectMany(f => f.Verbs).ToHashSet(StringComparer.Ordinal);

        var unrouted = new[] { Language.English, Language.French }
            .SelectMany(language => CardSamples.All(language))
            .SelectMany(sample => Verbs(JsonNode.Parse(CardJson.Serialize(sample.Card))).Select(verb => (sample.Name, Verb: verb)))
            .Where(p => !routed.Contains(p.Verb))
            .Select(p => $"{p.Name}: {p.Verb}")
            .Distinct()
            .ToArray();

        Assert.True(unrouted.Length == 0, "Buttons no flow handles: " + string.Join("; ", unrouted));
    }

    // The verbs of every action in a card: Action.Execute names it, Action.Submit carries it in its data.
    private static IEnumerable<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit"
                ? [o["verb"]?.GetValue<string>() ?? o["data"]?["verb"]?.GetValue<string>() ?? "(none)"]
                : Enumerable.Empty<string>())
            .Concat(o.SelectMany(p => Verbs(p.Value))),
        JsonArray a => a.SelectMany(Verbs),
        _ => [],
    };
}
