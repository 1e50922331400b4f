using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// Step 3b by chat, "request 5 numbers in Lille": numbers the carrier does not offer online are asked for
/// with the service desk's form; a plan card says which form, the request is submitted on confirm.
/// </summary>
public sealed class RequestNumbersFlow(
    NumberOrderService orders, AvailabilityService availability, IDirectoryStore directory, EmergencyService emergency)
    : IIntentFlow, IPlannedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.RequestNumbers];

    /// <inheritdoc />
    public string Name => "numbers.request";

    private const string NotesSlot = "notes";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var slots = intent.Slots;
        var city = slots.GetValueOrDefault(SlotNames.City);
        var state = slots.GetValueOrDefault(SlotNames.State);
        var place = city is null ? null : CarrierCatalog.Places.FirstOrDefault(p => p.City.Equals(city, StringComparison.OrdinalIgnoreCase));
        // A city the carrier does not stock is what the form is for: without a country said, it is the country of the tenant's
        // emergency address in that city, else the admin's own (their usage location); the plan card shows which before anything is sent.
        var country = (slots.GetValueOrDefault(SlotNames.Country) ?? place?.Country
            ?? (city is not null ? await CountryOfAsync(turn, city, cancellationToken) : null))?.ToUpperInvariant();
        var quantity = int.TryParse(slots.GetValueOrDefault(SlotNames.Quantity), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : (int?)null;
        if (country is null || quantity is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "Numbers_RequestHow"), cancellationToken);
            return;
        }

        if (quantity is < 1 or > RequestNumbers.MaxQuantity)
        {
            await turn.SendTextAsync(new Error("number.request_quantity_invalid", quantity.Value, RequestNumbers.MaxQuantity).Describe(language), cancellationToken);
            return;
        }

        var type = RequestedNumberType.From(slots);
        var where = string.Join(", ", new[] { city, state }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var notes = where.Length > 0 ? BotText.Get(language, "Numbers_RequestWhere", where) : null;
        var destination = NumberRequestForms.Destination(country, type);
        if (destination is null)
        {
            await turn.SendTextAsync(new Error("number.request_form_unavailable", country).Describe(language), cancellationToken);
            return;
        }

        var planSlots = new Dictionary<string, string>
        {
            [SlotNames.Country] = country,
            [SlotNames.NumberType] = type.ToString(),
            [SlotNames.Quantity] = quantity.Value.ToString(CultureInfo.InvariantCulture),
        };
        if (notes is not null)
        {
            planSlots[NotesSlot] = notes;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, planSlots);
        var changes = new List<Fact>
        {
            new(BotText.Get(language, "Numbers_Country"), CountryName(country, language)),
            new(BotText.Get(language, "Numbers_Type"), CardText.Get(language, "NumberType_" + type)),
            new(BotText.Get(language, "Numbers_Quantity"), quantity.Value.ToString(CultureInfo.InvariantCulture)),
        };
        if (notes is not null)
        {
            changes.Add(new Fact(BotText.Get(language, "Numbers_Notes"), notes));
        }

        changes.Add(new Fact(BotText.Get(language, "Numbers_SubmittedTo"), DisplayNames.RequestDestination(destination, CountryName(country, language), language)));
        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, BotText.Get(language, "Numbers_RequestTitle"), changes), key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var requested = await orders.RequestAsync(new RequestNumbers(
            turn.Actor,
            key,
            slots[SlotNames.Country],
            Enum.Parse<NumberType>(slots[SlotNames.NumberType]),
            int.Parse(slots[SlotNames.Quantity], CultureInfo.InvariantCulture),
            slots.GetValueOrDefault(NotesSlot)), cancellationToken);
        if (!requested.IsSuccess)
        {
            return ActionResult.Failure(requested.Error, language);
        }

        var request = requested.Value;
        var submittedTo = DisplayNames.RequestDestination(request.SubmittedTo, CountryName(request.Country, language), language);
        var text = BotText.Get(language, "Numbers_Request_Done", request.Id, submittedTo);
        var result = new ResultSummary(text,
        [
            new Fact(BotText.Get(language, "Numbers_Country"), CountryName(request.Country, language)),
            new Fact(BotText.Get(language, "Numbers_Type"), CardText.Get(language, "NumberType_" + request.Type)),
            new Fact(BotText.Get(language, "Numbers_Quantity"), request.Quantity.ToString(CultureInfo.InvariantCulture)),
            new Fact(BotText.Get(language, "Numbers_SubmittedTo"), submittedTo),
        ],
        BotText.Get(language, "Numbers_Request_Next"));
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    private async Task<string?> CountryOfAsync(FlowTurn turn, string city, CancellationToken cancellationToken)
    {
        var addresses = await emergency.ListAddressesAsync(turn.Actor, null, cancellationToken);
        if (addresses.IsSuccess
            && addresses.Value.FirstOrDefault(a => string.Equals(a.City, city, StringComparison.OrdinalIgnoreCase)) is { } office)
        {
            return office.Country;
        }

        var me = await directory.FindAsync(turn.Actor.Tenant, turn.Actor.UserId, cancellationToken);
        return me.IsSuccess && IsoCountries.IsValid(me.Value.UsageLocation) ? me.Value.UsageLocation : null;
    }

    private string CountryName(string country, Language language) =>
        availability.Catalog.Get(country) is { IsSuccess: true } known ? known.Value.Name(language) : country;
}
