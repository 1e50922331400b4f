using System.Text.Json.Nodes;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Cards.AdaptiveCards;

/// <summary>
/// Web Chat's renderer knows Action.Execute, so it would pick it over the Submit fallback and then drop the click:
/// outside Teams every button must be a plain Action.Submit whose data names the verb, and no card may ask for a refresh.
/// </summary>
public sealed class CardDialectTests
{
    public static TheoryData<string> Languages => new() { "en", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCard_ForSubmitClients_HasOnlySubmitButtons_CarryingTheVerb_AndNoRefresh(string locale)
    {
        foreach (var (name, card) in CardSamples.All(LanguageExtensions.FromLocale(locale)))
        {
            var json = JsonNode.Parse(CardJson.Serialize(card, CardDialect.Submit))!.AsObject();
            var actions = Actions(json).ToArray();

            Assert.False(json.ContainsKey("refresh"), $"{name} asks for a refresh");
            Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a["type"]));
            Assert.All(actions, a => Assert.False(a.AsObject().ContainsKey("fallback"), $"{name} has a fallback"));
            Assert.All(actions, a => Assert.False(string.IsNullOrEmpty((string?)a["data"]?["verb"]), $"{name}: a button's data has no verb"));
            Assert.Equal(card.Actions.Count + Nested(card.Body), actions.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCard_ForTeams_KeepsExecuteWithItsSubmitFallback_AndItsRefresh(string locale)
    {
        foreach (var (name, card) in CardSamples.All(LanguageExtensions.FromLocale(locale)))
        {
            var json = JsonNode.Parse(CardJson.Serialize(card, CardDialect.Universal))!.AsObject();

            Assert.Equal(CardJson.Serialize(card), CardJson.Serialize(card, CardDialect.Universal));
            Assert.Equal(card.Refresh is not null, json.ContainsKey("refresh"));
            Assert.All(Actions(json), a =>
            {
                Assert.Equal("Action.Execute", (string?)a["type"]);
                Assert.Equal("Action.Submit", (string?)a["fallback"]?["type"]);
                Assert.Equal((string?)a["verb"], (string?)a["fallback"]?["data"]?["verb"]);
            });
        }
    }

    [Fact]
    public void TheChecklist_ForSubmitClients_LosesOnlyItsRefresh()
    {
        var card = CardSamples.All(Language.English).Single(c => c.Name == "Checklist").Card;

        var teams = JsonNode.Parse(CardJson.Serialize(card, CardDialect.Universal))!.AsObject();
        var webChat = JsonNode.Parse(CardJson.Serialize(card, CardDialect.Submit))!.AsObject();

        Assert.Equal("Action.Execute", (string?)teams["refresh"]?["action"]?["type"]);
        Assert.Null(webChat["refresh"]);
    }

    // The top-level actions and those of every ActionSet, wherever it is nested (never a fallback).
    private static IEnumerable<JsonNode> Actions(JsonNode? node) => node switch
    {
        JsonObject o => (o["actions"] as JsonArray ?? []).OfType<JsonNode>()
            .Concat(o.Where(p => p.Key is not ("actions" or "fallback" or "refresh" or "data")).SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    private static int Nested(IEnumerable<CardElement> elements) => elements.Sum(e => e switch
    {
        ActionSet s => s.Actions.Count,
        Container c => Nested(c.Items),
        ColumnSet s => s.Columns.Sum(c => Nested(c.Items)),
        _ => 0,
    });
}
