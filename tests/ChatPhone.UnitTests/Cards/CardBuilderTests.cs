using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Emergency;
using ChatPhone.Cards.Licensing;
using ChatPhone.Cards.Numbers;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Common;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Cards;

public sealed class CardBuilderTests
{
    [Fact]
    public void Checklist_HasAStartButtonPerReadyStep_ReviewAndAddMorePerDoneStep_NamingTheStep_AndARefreshAction()
    {
        using var card = Json(ChecklistCard.Build(CardSamples.Steps, Language.English));
        string?[] Steps(string verb) => Actions(card.RootElement).Where(a => a.GetProperty("verb").GetString() == verb)
            .Select(a => a.GetProperty("data").GetProperty("step").GetString()).ToArray();
        var ready = CardSamples.Steps.Where(s => s.Status == StepStatus.Ready).Select(s => s.Step.ToString()).ToArray();
        var done = CardSamples.Steps.Where(s => s.Status == StepStatus.Done).Select(s => s.Step.ToString()).ToArray();

        Assert.Equal(["UserNumbers", "ServiceNumbers", "AudioConferencing", "CommunicationsCredits"], ready);
        Assert.NotEmpty(done);
        Assert.Equal(CardSamples.Steps.OrderBy(s => s.Step).Select(s => s.Step.ToString()).Where(s => ready.Contains(s) || done.Contains(s)), Steps(StartStepPayload.Verb));
        Assert.Equal(done, Steps(ReviewStepPayload.Verb));
        Assert.Equal(RefreshChecklistPayload.Verb, card.RootElement.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.Contains("Finish step 3 first.", card.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberSearchResults_PreselectsEveryReservedNumber_AndAcquireCarriesOrderAndKey()
    {
        using var card = Json(NumberSearchResultsCard.Build(CardSamples.Order(3), CardSamples.Now, "key-9", Language.French));
        var choices = card.RootElement.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        var acquire = card.RootElement.GetProperty("actions")[0];

        Assert.Equal(AcquireNumbersPayload.NumbersInput, choices.GetProperty("id").GetString());
        Assert.True(choices.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal("+12065550000,+12065550001,+12065550002", choices.GetProperty("value").GetString());
        Assert.Equal(("ord-7f3a", "key-9"), (acquire.GetProperty("data").GetProperty("orderId").GetString(), acquire.GetProperty("data").GetProperty("idempotencyKey").GetString()));
        Assert.Contains("{{DATE(2025-03-01T17:10:00Z, SHORT)}}", card.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberSearchResults_AfterExpiry_SaysSoAndOffersNoButton()
    {
        using var card = Json(NumberSearchResultsCard.Build(CardSamples.Order(), CardSamples.Now.AddHours(1), "k", Language.English));

        Assert.False(card.RootElement.TryGetProperty("actions", out _));
        Assert.Contains("reservation expired", card.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddressForm_PrefillsTheDraft_RequiresCompanyAndCountry_AndCancelSendsNoInputs()
    {
        using var card = Json(AddressFormCard.Build(CardSamples.Draft, "flow-1", "k", Language.English));
        var inputs = Inputs(card.RootElement).ToDictionary(i => i.GetProperty("id").GetString()!);
        var cancel = card.RootElement.GetProperty("actions")[1];

        Assert.Equal("Redmond", inputs[AddressInputs.City].GetProperty("value").GetString());
        Assert.Equal([AddressInputs.CompanyName, AddressInputs.Country], inputs.Values.Where(i => i.TryGetProperty("isRequired", out _)).Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(CancelPlanPayload.Verb, cancel.GetProperty("verb").GetString());
        Assert.Equal("none", cancel.GetProperty("associatedInputs").GetString());
        Assert.Equal("none", cancel.GetProperty("fallback").GetProperty("associatedInputs").GetString());
    }

    [Fact]
    public void BulkLicenseResult_WithThousandsOfPeople_ListsRefusalsFirst_AndCountsTheRest()
    {
        var json = CardJson.Serialize(BulkLicenseResultCard.Build(CardSamples.Bulk(5000), Language.English));

        Assert.Contains("…and 4,950 more.", json, StringComparison.Ordinal);
        Assert.Contains("⛔ user-350:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("✅ Person 1:", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_InputIdThatWouldOverwriteActionData_Throws()
    {
        var card = new AdaptiveCard(
            [new InputText("planId", "Plan")],
            [new CardAction("Go", ConfirmPlanPayload.Verb, CardPayloads.Write(new ConfirmPlanPayload("plan-1", "k")))]);

        Assert.Throws<InvalidOperationException>(() => CardJson.Serialize(card));
    }

    [Fact]
    public void Payloads_ReadBackFromMergedClickData_WithTheirInputs()
    {
        var data = CardPayloads.Write(new AcquireNumbersPayload("ord-1", "k"));
        data[AcquireNumbersPayload.NumbersInput] = "+12065550000, +12065550001,";
        var step = CardPayloads.Write(new StartStepPayload(SetupStepKind.AudioConferencing));
        using var merged = JsonDocument.Parse(data.ToJsonString());
        using var start = JsonDocument.Parse(step.ToJsonString());

        Assert.Equal(new AcquireNumbersPayload("ord-1", "k"), CardPayloads.Read<AcquireNumbersPayload>(merged.RootElement).Value);
        Assert.Equal(["+12065550000", "+12065550001"], CardInputs.Values(merged.RootElement, AcquireNumbersPayload.NumbersInput));
        Assert.Equal("AudioConferencing", start.RootElement.GetProperty("step").GetString());
        Assert.Equal(SetupStepKind.AudioConferencing, CardPayloads.Read<StartStepPayload>(start.RootElement).Value.Step);
    }

    private static JsonDocument Json(AdaptiveCard card) => JsonDocument.Parse(CardJson.Serialize(card));

    private static IEnumerable<JsonElement> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "fallback" && p.Name != "data").SelectMany(p => Walk(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        _ => [],
    };

    private static IEnumerable<JsonElement> Actions(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute");

    private static IEnumerable<JsonElement> Inputs(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal));
}
