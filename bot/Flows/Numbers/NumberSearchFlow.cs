using ChatPhone.Bot.Flows.Common;
using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Core.Setup;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// Steps 3 and 4, "find 5 numbers in Seattle": reserves numbers (10 minutes) and shows them on a card
/// where the admin picks which to acquire. The place's country and the emergency address the numbers
/// need are worked out from what the tenant already has; whatever is missing is said plainly.
/// </summary>
public sealed class NumberSearchFlow(NumberOrderService orders, EmergencyService emergency, StepFormSender forms, TimeProvider clock)
    : IIntentFlow, IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SearchNumbers];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [AcquireNumbersPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<AcquireNumbersPayload>(data);
        return payload.IsSuccess ? await AcquireAsync(turn, payload.Value, data, cancellationToken) : ActionRouter.Failed(turn, payload.Error);
    }

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var slots = intent.Slots;
        var type = RequestedNumberType.From(slots);
        var quantity = int.TryParse(slots.GetValueOrDefault(SlotNames.Quantity), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 1;
        var city = slots.GetValueOrDefault(SlotNames.City);
        var state = slots.GetValueOrDefault(SlotNames.State);
        var place = city is null && state is null ? null : CarrierCatalog.Places.FirstOrDefault(p =>
            (city is null || p.City.Equals(city, StringComparison.OrdinalIgnoreCase))
            && (state is null || string.Equals(p.Subdivision, state, StringComparison.OrdinalIgnoreCase)));
        var country = slots.GetValueOrDefault(SlotNames.Country) ?? place?.Country;
        if (country is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "Numbers_WhereMissing"), cancellationToken);
            await forms.SendAsync(turn, type.IsService() ? SetupStepKind.ServiceNumbers : SetupStepKind.UserNumbers, cancellationToken);
            return;
        }

        var addresses = await emergency.ListAddressesAsync(turn.Actor, ValidationStatus.Validated, cancellationToken);
        if (!addresses.IsSuccess)
        {
            await turn.SendTextAsync(addresses.Error.Describe(language), cancellationToken);
            return;
        }

        var address = addresses.Value.FirstOrDefault(a => a.Country.Equals(country, StringComparison.OrdinalIgnoreCase));
        var numberPlace = type.IsTollFree()
            ? new NumberPlace()
            : new NumberPlace(place?.Subdivision ?? state, place?.City ?? city);
        var key = IdempotencyKey.New();
        var order = await orders.SearchAsync(
            new SearchNumbers(turn.Actor, key, country.ToUpperInvariant(), type, quantity, numberPlace, address?.Id), cancellationToken);
        if (!order.IsSuccess)
        {
            await turn.SendCardAsync(ErrorCard.Build(order.Error, language, Hint(order.Error, language)), cancellationToken);
            return;
        }

        if (order.Value.Status != OrderStatus.Reserved)
        {
            await turn.SendTextAsync(BotText.Get(language, "Numbers_OutOfStock", numberPlace.City ?? country), cancellationToken);
            return;
        }

        await turn.SendCardAsync(NumberSearchResultsCard.Build(order.Value, clock.GetUtcNow(), IdempotencyKey.New().Value, language), cancellationToken);
    }

    /// <summary>The Acquire button: acquires the ticked numbers (all when none is ticked), once.</summary>
    public async Task<ActionResult> AcquireAsync(FlowTurn turn, AcquireNumbersPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var key = IdempotencyKey.TryCreate(payload.IdempotencyKey);
        if (!key.IsSuccess)
        {
            return new ActionResult(key.Error.Describe(language));
        }

        var chosen = CardInputs.Values(data, AcquireNumbersPayload.NumbersInput);
        var order = await orders.AcquireAsync(
            new AcquireNumbers(turn.Actor, key.Value, payload.OrderId, chosen.Count == 0 ? null : chosen), cancellationToken);
        if (!order.IsSuccess)
        {
            return new ActionResult(order.Error.Describe(language), ErrorCard.Build(order.Error, language));
        }

        var acquired = order.Value.Acquired ?? [];
        var result = new ResultSummary(
            BotText.Get(language, "Numbers_Acquired_Title", acquired.Count),
            acquired.Select(n => new Cards.AdaptiveCards.Fact(n, order.Value.Country)).ToArray(),
            BotText.Get(language, NextStep(order.Value.Type), acquired.FirstOrDefault() ?? string.Empty));
        var title = BotText.Get(language, "Numbers_Acquired_Title", acquired.Count);
        if (order.Value.Type == NumberType.UserSubscriber && acquired.Count > 0)
        {
            // The next thing an admin does with user numbers: give them to people (said first, then the form).
            await turn.SendTextAsync(title, cancellationToken);
            await forms.SendAssignAsync(turn, acquired, cancellationToken);
            return new ActionResult(title, ResultCard.Build(result, language)) { Quiet = true };
        }

        return new ActionResult(title, ResultCard.Build(result, language));
    }

    // Service numbers never go to people (reference §11 rule 3): the hint names where each kind goes.
    private static string NextStep(NumberType type) =>
        type.IsConference() ? "Numbers_Acquired_NextBridge"
        : type.IsService() ? "Numbers_Acquired_NextVoiceApp"
        : "Numbers_Acquired_Next";

    private static string? Hint(Error error, Language language) => error.Code switch
    {
        "number.civic_address_required" or "number.address_not_validated" or "number.emergency_location_required"
            => BotText.Get(language, "Setup_Start_EmergencyAndAssignment"),
        "number.place_not_offered" => BotText.Get(language, "Numbers_RequestHint"),
        _ => null,
    };
}
