using System.Text;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Directory;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Tenants;
using CardJson = ChatPhone.Cards.AdaptiveCards.CardJson;

namespace ChatPhone.UnitTests.Cards;

public sealed class CardJsonTests
{
    private static readonly ImportPlan Plan = new("imp1", 3, 1, 4, [new RowProblem(5, new Error("directory.row.unknown_role", "owner"))]);

    [Fact]
    public void PlanCard_Buttons_AreExecuteWithASubmitFallbackCarryingVerbIdsAndKey()
    {
        using var card = JsonDocument.Parse(CardJson.Serialize(ImportPlanCard.Build(Plan, Language.English, "key-1")));
        var root = card.RootElement;
        var confirm = root.GetProperty("actions")[0];

        Assert.Equal(("AdaptiveCard", "1.5"), (root.GetProperty("type").GetString(), root.GetProperty("version").GetString()));
        Assert.Equal("Action.Execute", confirm.GetProperty("type").GetString());
        Assert.Equal(ApplyDirectoryImportPayload.Verb, confirm.GetProperty("verb").GetString());
        Assert.Equal("Action.Submit", confirm.GetProperty("fallback").GetProperty("type").GetString());
        foreach (var data in new[] { confirm.GetProperty("data"), confirm.GetProperty("fallback").GetProperty("data") })
        {
            Assert.Equal(ApplyDirectoryImportPayload.Verb, data.GetProperty("verb").GetString());
            Assert.Equal("imp1", data.GetProperty("importId").GetString());
            Assert.Equal("key-1", data.GetProperty("idempotencyKey").GetString());
        }
    }

    [Fact]
    public void PlanCard_ShowsCountsAndRejectedRowsInTheChosenLanguage()
    {
        var json = CardJson.Serialize(ImportPlanCard.Build(Plan, Language.French, "k"));

        Assert.Contains("Nouvelles personnes", json, StringComparison.Ordinal);
        Assert.Contains("Ligne 5", json, StringComparison.Ordinal);
        Assert.Contains("Importer 4 personnes", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanCard_WithThousandsOfProblems_StaysUnder28KB()
    {
        var problems = Enumerable.Range(2, 20_000)
            .Select(line => new RowProblem(line, new Error("directory.row.malformed_upn", new string('x', 200))))
            .ToArray();

        var json = CardJson.Serialize(ImportPlanCard.Build(Plan with { Problems = problems }, Language.French, "k"));

        Assert.True(Encoding.UTF8.GetByteCount(json) <= 28 * 1024, $"card is {Encoding.UTF8.GetByteCount(json)} bytes");
        Assert.Contains("19975", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanCard_WithNothingToChange_HasNoConfirmButton()
    {
        using var card = JsonDocument.Parse(CardJson.Serialize(ImportPlanCard.Build(Plan with { New = 0, Updated = 0 }, Language.English, "k")));

        Assert.False(card.RootElement.TryGetProperty("actions", out _));
    }

    [Fact]
    public void HelpCard_ListsImportForAdminsOnly()
    {
        var tenant = TenantId.Parse("t1");
        var admin = CardJson.Serialize(HelpCard.Build(new Actor(tenant, "1", "Megan", Role.Admin), Language.English));
        var user = CardJson.Serialize(HelpCard.Build(new Actor(tenant, "2", "Alex", Role.User), Language.English));

        Assert.Contains(DirectoryCsvParser.Header, admin, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectoryCsvParser.Header, user, StringComparison.Ordinal);
    }

    [Fact]
    public void Payloads_RoundTripThroughCardData_AndRejectIncompleteData()
    {
        var written = CardPayloads.Write(new ApplyDirectoryImportPayload("imp", "key"));
        using var full = JsonDocument.Parse(written.ToJsonString());
        using var partial = JsonDocument.Parse("""{"verb":"directory.import.apply","importId":"imp"}""");

        Assert.Equal(ApplyDirectoryImportPayload.Verb, CardPayloads.ReadVerb(full.RootElement).Value);
        Assert.Equal(new ApplyDirectoryImportPayload("imp", "key"), CardPayloads.Read<ApplyDirectoryImportPayload>(full.RootElement).Value);
        Assert.Equal("card.invalid_payload", CardPayloads.Read<ApplyDirectoryImportPayload>(partial.RootElement).Error?.Code);
    }
}
