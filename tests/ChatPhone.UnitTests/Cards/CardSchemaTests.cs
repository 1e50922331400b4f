using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatPhone.Core.Common;
using ChatPhone.Tests.Shared;
using ChatPhone.UnitTests.Repository;
using CardDialect = ChatPhone.Cards.AdaptiveCards.CardDialect;
using CardJson = ChatPhone.Cards.AdaptiveCards.CardJson;

namespace ChatPhone.UnitTests.Cards;

/// <summary>
/// Every card, in English and French, through the official Adaptive Cards parser (npm <c>adaptivecards</c>,
/// run by <c>tests/cardcheck/check.js</c> in Node, once for all cards): no parse events, no validation
/// failures, no property the parser does not know, and each card under the 28 KB Teams ceiling. Both dialects:
/// as Teams gets it (Universal Actions) and as Web Chat gets it (plain Action.Submit).
/// </summary>
public sealed class CardSchemaTests
{
    private const int MaxCardBytes = 28 * 1024;

    [Fact]
    public void EveryCard_InBothLanguagesAndDialects_ParsesCleanlyWithTheOfficialParser_AndStaysUnder28KB()
    {
        var cards = new[] { Language.English, Language.French }
            .SelectMany(language => CardSamples.All(language))
            .Zip(new[] { Language.English, Language.French }.SelectMany(language => CardSamples.All(language).Select(_ => language)))
            .SelectMany(p => Enum.GetValues<CardDialect>().Select(dialect => (Name: $"{p.First.Name}/{p.Second}/{dialect}", Json: CardJson.Serialize(p.First.Card, dialect))))
            .ToArray();
        var tooBig = cards
            .Select(c => (c.Name, Bytes: Encoding.UTF8.GetByteCount(c.Json)))
            .Where(c => c.Bytes > MaxCardBytes)
            .Select(c => $"{c.Name}: {c.Bytes} bytes")
            .ToArray();

        var problems = RunOfficialParser(cards);

        Assert.Equal(2 * 234, cards.Length);
        Assert.True(tooBig.Length == 0, "Cards over 28 KB: " + string.Join("; ", tooBig));
        Assert.True(problems.Count == 0, "The Adaptive Cards parser reported:\n" + string.Join('\n', problems));
    }

    private static List<string> RunOfficialParser(IReadOnlyList<(string Name, string Json)> cards)
    {
        var checkDirectory = Path.Combine(RepositoryFiles.Root, "tests", "cardcheck");
        NodePackages.EnsureInstalled(checkDirectory);

        var input = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = JsonNode.Parse(c.Json) }).ToArray());
        var artifacts = Directory.CreateDirectory(Path.Combine(checkDirectory, "artifacts")).FullName;
        var file = Path.Combine(artifacts, "cards.json");
        File.WriteAllText(file, input.ToJsonString());

        var (exit, output, error) = NodePackages.Run("node", checkDirectory, "check.js", file);
        Assert.True(exit == 0, $"node check.js failed ({exit}):\n{error}");
        using var report = JsonDocument.Parse(output);
        var problems = new List<string>();
        foreach (var card in report.RootElement.EnumerateArray())
        {
            var name = card.GetProperty("name").GetString();
            problems.AddRange(card.GetProperty("problems").EnumerateArray().Select(p => $"{name}: {p.GetString()}"));
        }

        Assert.Equal(cards.Count, report.RootElement.GetArrayLength());
        return problems;
    }
}
