using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Emergency;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// Phone numbers as objects: list (filters read from the sentence), show (every setting, and for admins Assign or
/// Unassign, Change location and Release), change (the emergency location a sentence names, else the location form
/// prefilled with today's) and remove (= release; refused with the reason while the number is assigned or a port in
/// progress is moving it). Changes end at a plan card; Confirm applies them through core with the plan's key, and a
/// location change only if the number still has the location it had when planned.
/// </summary>
public sealed class PhoneNumberHandler(
    NumberBookReader reader, PhoneNumberList list, NumberAssignmentService assignment, SetEmergencyLocationFlow setLocation, TimeProvider clock)
    : IObjectHandler, IPlannedFlow
{
    /// <summary>The plan's operation: release or location.</summary>
    private const string OperationSlot = "operation";
    private const string ReleaseOperation = "release";
    private const string LocationOperation = "location";
    private const string NumberSlot = "number";
    private const string LocationSlot = "locationId";
    private const string ExpectedSlot = "expected";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.PhoneNumber;

    /// <inheritdoc />
    public string Name => "objects.phonenumber";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var names = await reader.NamesAsync(actor, cancellationToken);
        if (!names.IsSuccess)
        {
            return names.Error;
        }

        return names.Value.Select(n => new NamedObject(n.Number.Number, NumberText.International(n.Number.Number),
            [.. NumberText.Aliases(n.Number.Number), .. n.Person is null ? Array.Empty<string>() : [n.Person]])).ToArray();
    }

    /// <inheritdoc />
    public Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => list.SendAsync(turn, intent, cancellationToken);

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await NumberAsync(turn, target, cancellationToken) is not { } found)
        {
            return;
        }

        var (book, number) = found;

        var buttons = new List<CardAction>();
        if (turn.Actor.IsAdmin)
        {
            if (number.Assignment?.Target == AssignmentTarget.User)
            {
                buttons.Add(Action("NumObj_Unassign", NumberObjectActionPayload.Unassign, number.Number, language));
            }
            else if (number.Assignment is null && !number.Type.IsService() && !number.IsBlocked(clock.GetUtcNow()))
            {
                buttons.Add(Action("NumObj_Assign", NumberObjectActionPayload.Assign, number.Number, language));
            }

            buttons.Add(ObjectButtons.Create(BotText.Get(language, "NumObj_ChangeLocation"), IntentKind.ChangeObject, Kind, number.Number));
            buttons.Add(ObjectButtons.Create(BotText.Get(language, "NumObj_Release"), IntentKind.RemoveObject, Kind, number.Number));
            buttons.Add(ObjectButtons.Export(language, Kind, number.Number));
        }

        var blocker = PhoneNumberDetails.ReleaseBlocker(number, book, language);
        var detail = new DetailSummary(BotText.Get(language, "NumObj_Title", NumberText.International(number.Number)),
            PhoneNumberDetails.Facts(number, book, language, clock.GetUtcNow()), buttons)
        {
            Notes = blocker is null ? [] : [blocker],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await NumberAsync(turn, target, cancellationToken) is not { } found)
        {
            return;
        }

        var (book, number) = found;

        var places = book.Addresses.SelectMany(a => a.Locations.Select(l => EmergencyPlaces.LocationObject(a, l)))
            .Concat(book.Addresses.Select(EmergencyPlaces.AddressObject));
        if (intent.Text.Length > 0 && ObjectMentions.Find(intent.Text, places).Count > 0)
        {
            // "set the emergency location of +33 1 … to 3rd floor": the same plan as the location intent, for this number only.
            var slots = new Dictionary<string, string>(intent.Slots) { [SlotNames.PhoneNumber] = number.Number };
            await setLocation.RunAsync(turn, intent with { Kind = IntentKind.SetEmergencyLocation, Slots = slots }, cancellationToken);
            return;
        }

        var choices = book.Addresses
            .Where(a => a.IsValidated && string.Equals(a.Country, number.Country, StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => a.Locations.Select(l => new Choice(EmergencyPlaces.PlaceText(a, l), l.Id)))
            .ToArray();
        if (choices.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "NumObj_NoPlaceInCountry", PhoneNumberList.Place(number, language)), cancellationToken);
            return;
        }

        await turn.SendCardAsync(PhoneNumberForms.Location(number.Number, choices, number.LocationId, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await NumberAsync(turn, target, cancellationToken) is not { } found)
        {
            return;
        }

        var (book, number) = found;

        if (PhoneNumberDetails.ReleaseBlocker(number, book, language) is { } blocker)
        {
            await turn.SendTextAsync(blocker, cancellationToken);
            return;
        }

        var display = NumberText.International(number.Number);
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = ReleaseOperation,
            [NumberSlot] = number.Number,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "NumObj_ReleaseTitle", display),
        [
            new Fact(BotText.Get(language, "NumObj_Number"), $"{display} ({NumberText.National(number.Number)})"),
            new Fact(BotText.Get(language, "NumObj_Place"), PhoneNumberList.Place(number, language)),
            new Fact(BotText.Get(language, "NumObj_Type"), CardText.Get(language, "NumberType_" + number.Type)),
        ])
        {
            Warnings = [BotText.Get(language, "NumObj_ReleaseWarning")],
            ConfirmLabel = BotText.Get(language, "NumObj_Release"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>Plans moving <paramref name="number"/> to <paramref name="locationId"/> (the location form's submit).</summary>
    internal async Task PlanLocationAsync(FlowTurn turn, NumberBook book, PhoneNumber number, string locationId, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var display = NumberText.International(number.Number);
        if (EmergencyPlaces.Find(book.Addresses, locationId) is not { } place)
        {
            await turn.SendTextAsync(new Error("number.location_not_found", locationId).Describe(language), cancellationToken);
            return;
        }

        var (address, location) = place;
        if (number.LocationId == locationId)
        {
            await turn.SendTextAsync(BotText.Get(language, "NumObj_SameLocation", display), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = LocationOperation,
            [NumberSlot] = number.Number,
            [LocationSlot] = locationId,
            [ExpectedSlot] = number.LocationId ?? string.Empty,
        });
        var old = book.Place(number) ?? BotText.Get(language, "NumObj_NoLocation");
        var plan = new PlanSummary(planId, BotText.Get(language, "NumObj_LocationTitle", display),
        [
            new Fact(BotText.Get(language, "NumObj_Location"), BotText.Get(language, "EmergencyObjects_OldNew", old, EmergencyPlaces.PlaceText(address, location))),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var number = slots[NumberSlot];
        var display = NumberText.International(number);
        if (slots[OperationSlot] == LocationOperation)
        {
            var expected = slots[ExpectedSlot];
            var moved = await assignment.SetLocationsAsync(
                new SetNumbersLocation(turn.Actor, key, [new NumberLocationChange(number, expected.Length == 0 ? null : expected)], slots[LocationSlot]), cancellationToken);
            if (!moved.IsSuccess)
            {
                return moved.Error.Code == "number.not_found"
                    ? new ActionResult(BotText.Get(language, "NumObj_GoneSincePlan", display)) { Failed = true }
                    : ActionResult.Failure(moved.Error, language);
            }

            var book = await reader.ReadAsync(turn.Actor, cancellationToken);
            var place = book.IsSuccess && book.Value.Find(number) is { } now ? book.Value.Place(now) ?? slots[LocationSlot] : slots[LocationSlot];
            var text = BotText.Get(language, "NumObj_LocationDone", display, place);
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(language, "NumObj_Location"), place)]), language));
        }

        var released = await assignment.ReleaseAsync(new ReleaseNumbers(turn.Actor, key, [number]), cancellationToken);
        if (!released.IsSuccess)
        {
            return ActionResult.Failure(released.Error, language);
        }

        if (released.Value.Assigned.Count > 0)
        {
            return new ActionResult(BotText.Get(language, "NumObj_AssignedSincePlan", display)) { Failed = true };
        }

        if (released.Value.Released.Count == 0)
        {
            return new ActionResult(BotText.Get(language, "NumObj_GoneSincePlan", display)) { Failed = true };
        }

        var done = BotText.Get(language, "NumObj_Released", display);
        return new ActionResult(done, ResultCard.Build(new ResultSummary(done, [new Fact(BotText.Get(language, "NumObj_Number"), display)]), language));
    }

    /// <summary>The number <paramref name="target"/> names, read now with its book; null (and said) when it went or cannot be read.</summary>
    internal async Task<(NumberBook Book, PhoneNumber Number)?> NumberAsync(FlowTurn turn, NamedObject target, CancellationToken cancellationToken)
    {
        var book = await reader.ReadAsync(turn.Actor, cancellationToken);
        if (!book.IsSuccess)
        {
            await turn.SendTextAsync(book.Error.Describe(turn.Language), cancellationToken);
            return null;
        }

        if (book.Value.Find(target.Id) is not { } number)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_PhoneNumber"), cancellationToken);
            return null;
        }

        return (book.Value, number);
    }

    private static CardAction Action(string title, string action, string number, Language language) =>
        new(BotText.Get(language, title), NumberObjectActionPayload.Verb, CardPayloads.Write(new NumberObjectActionPayload(action, number)));
}
