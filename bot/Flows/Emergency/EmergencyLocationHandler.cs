using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Emergency;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// Locations under the emergency addresses as objects: "list the locations of Contoso Paris", "show the 3rd floor
/// location", "rename the 3rd floor location of Contoso Paris to 4th floor", "remove the 3rd floor location". The
/// default location is never removed (delete the address), nor a location a number uses: refused with the reason.
/// </summary>
public sealed class EmergencyLocationHandler(EmergencyPlaces places, EmergencyService emergency) : IObjectHandler, IPlannedFlow
{
    private const string OpSlot = "op";
    private const string AddressSlot = "addressId";
    private const string LocationSlot = "locationId";
    private const string OldNameSlot = "oldName";
    private const string NewNameSlot = "newName";

    private static readonly string[] NameMarkers = [" to ", " en ", " as ", " : "];

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.EmergencyLocation;

    /// <inheritdoc />
    public string Name => "objects.emergency-location";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await places.AddressesAsync(actor, cancellationToken);
        return all.IsSuccess
            ? Result<IReadOnlyList<NamedObject>>.Ok(all.Value.SelectMany(a => a.Locations.Select(l => EmergencyPlaces.LocationObject(a, l))).ToArray())
            : all.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await places.AddressesAsync(turn.Actor, cancellationToken);
        var usage = await places.UsageAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess || !usage.IsSuccess)
        {
            await turn.SendTextAsync((all.IsSuccess ? usage.Error! : all.Error).Describe(language), cancellationToken);
            return;
        }

        // One address when a button names it or the sentence does ("the locations of Contoso Paris"); else every address.
        IReadOnlyList<CivicAddress> addresses = all.Value;
        if (intent.ObjectId() is { } id)
        {
            addresses = all.Value.Where(a => a.Id == id).ToArray();
        }
        else if (ObjectMentions.Find(intent.Text, all.Value.Select(EmergencyPlaces.AddressObject)) is { Count: > 0 } named)
        {
            addresses = all.Value.Where(a => named.Any(n => n.Id == a.Id)).ToArray();
        }

        var rows = addresses.SelectMany(a => a.Locations.Select(l => new PlaceRow(
            l.IsDefault ? BotText.Get(language, "EmergencyObjects_DefaultMark", l.Name) : l.Name,
            BotText.Get(language, "EmergencyObjects_LocationRow", EmergencyPlaces.Count(usage.Value, [l.Id]).Numbers),
            [ObjectButtons.Create(BotText.Get(language, "EmergencyObjects_Show"), IntentKind.ShowObject, Kind, l.Id)],
            $"{EmergencyPlaces.AddressName(a)} — {a.OneLine()}"))).ToArray();
        if (rows.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_None_EmergencyLocation"), cancellationToken);
            return;
        }

        var title = BotText.Get(language, "EmergencyObjects_LocationsTitle", rows.Length);
        await turn.SendCardAsync(PlaceListCard.Build(new PlaceList(title, rows), language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var place = await emergency.WhereIsAsync(turn.Actor, target.Id, cancellationToken);
        var usage = await places.UsageAsync(turn.Actor, cancellationToken);
        if (!place.IsSuccess || !usage.IsSuccess)
        {
            await turn.SendTextAsync((place.IsSuccess ? usage.Error! : place.Error).Describe(language), cancellationToken);
            return;
        }

        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var (address, location) = (place.Value.Address, place.Value.Location);
        var (numbers, people) = EmergencyPlaces.Count(usage.Value, [location.Id]);
        var facts = new[]
        {
            new Fact(T("EmergencyObjects_LocationName"), location.Name),
            new Fact(T("EmergencyObjects_Address"), $"{EmergencyPlaces.AddressName(address)} — {address.OneLine()}"),
            new Fact(T("EmergencyObjects_Status"), EmergencyAddressHandler.Status(address.Status, language)),
            new Fact(T("EmergencyObjects_IsDefault"), T(location.IsDefault ? "EmergencyObjects_Yes" : "EmergencyObjects_No")),
            new Fact(T("EmergencyObjects_Field_Elin"), location.Elin ?? "—"),
            new Fact(T("EmergencyObjects_NumbersUsing"), numbers.ToString(language.Culture())),
            new Fact(T("EmergencyObjects_PeopleUsing"), people.ToString(language.Culture())),
            new Fact(T("EmergencyObjects_Id"), location.Id),
        };
        var notes = new List<string>();
        if (location.IsDefault)
        {
            notes.Add(new Error("emergency.location_is_default", address.OneLine()).Describe(language));
        }
        else if (numbers > 0)
        {
            notes.Add(new Error("emergency.location_in_use", location.Name, numbers).Describe(language));
        }

        var actions = new List<CardAction>();
        if (turn.Actor.IsAdmin)
        {
            actions.Add(ObjectButtons.Create(T("EmergencyObjects_Rename"), IntentKind.ChangeObject, Kind, location.Id));
            if (!location.IsDefault)
            {
                actions.Add(ObjectButtons.Create(T("EmergencyObjects_Remove"), IntentKind.RemoveObject, Kind, location.Id));
            }

            actions.Add(ObjectButtons.Export(language, Kind, location.Id));
        }

        actions.Add(ObjectButtons.Create(T("EmergencyObjects_ShowAddress"), IntentKind.ShowObject, ObjectKind.EmergencyAddress, address.Id));
        var detail = new DetailSummary(T("EmergencyObjects_LocationTitle", location.Name), facts, actions) { Subtitle = EmergencyPlaces.AddressName(address), Notes = notes };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var place = await emergency.WhereIsAsync(turn.Actor, target.Id, cancellationToken);
        if (!place.IsSuccess)
        {
            await turn.SendTextAsync(place.Error.Describe(language), cancellationToken);
            return;
        }

        var (address, location) = (place.Value.Address, place.Value.Location);
        var newName = NewName(intent.Text);
        if (newName is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "EmergencyObjects_RenameHow", location.Name, EmergencyPlaces.AddressName(address)), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OpSlot] = "rename", [AddressSlot] = address.Id, [LocationSlot] = location.Id, [OldNameSlot] = location.Name, [NewNameSlot] = newName,
        });
        var facts = new[]
        {
            new Fact(BotText.Get(language, "EmergencyObjects_LocationName"), BotText.Get(language, "EmergencyObjects_OldNew", location.Name, newName)),
            new Fact(BotText.Get(language, "EmergencyObjects_Address"), EmergencyPlaces.AddressName(address)),
        };
        var plan = new PlanSummary(planId, BotText.Get(language, "EmergencyObjects_RenameTitle", location.Name), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var place = await emergency.WhereIsAsync(turn.Actor, target.Id, cancellationToken);
        var usage = await places.UsageAsync(turn.Actor, cancellationToken);
        if (!place.IsSuccess || !usage.IsSuccess)
        {
            await turn.SendTextAsync((place.IsSuccess ? usage.Error! : place.Error).Describe(language), cancellationToken);
            return;
        }

        var (address, location) = (place.Value.Address, place.Value.Location);
        var (numbers, people) = EmergencyPlaces.Count(usage.Value, [location.Id]);
        var refusal = location.IsDefault ? new Error("emergency.location_is_default", address.OneLine())
            : numbers > 0 ? new Error("emergency.location_in_use", location.Name, numbers)
            : null;
        if (refusal is not null)
        {
            var reason = refusal.Describe(language);
            await turn.SendTextAsync(people > 0 ? $"{reason} {BotText.Get(language, "EmergencyObjects_PeopleUseIt", people)}" : reason, cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OpSlot] = "remove", [AddressSlot] = address.Id, [LocationSlot] = location.Id, [OldNameSlot] = location.Name,
        });
        var facts = new[]
        {
            new Fact(BotText.Get(language, "EmergencyObjects_LocationName"), location.Name),
            new Fact(BotText.Get(language, "EmergencyObjects_Address"), $"{EmergencyPlaces.AddressName(address)} — {address.OneLine()}"),
        };
        var plan = new PlanSummary(planId, BotText.Get(language, "EmergencyObjects_RemoveLocationTitle", location.Name), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var place = await emergency.WhereIsAsync(turn.Actor, slots[LocationSlot], cancellationToken);
        if (!place.IsSuccess)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_EmergencyLocation")) { Failed = true };
        }

        var oldName = slots[OldNameSlot];
        if (slots.GetValueOrDefault(OpSlot) == "rename")
        {
            var renamed = await emergency.RenameLocationAsync(
                new RenameLocation(turn.Actor, key, slots[AddressSlot], slots[LocationSlot], slots[NewNameSlot], oldName), cancellationToken);
            if (!renamed.IsSuccess)
            {
                return ActionResult.Failure(renamed.Error, language);
            }

            var text = BotText.Get(language, "EmergencyObjects_Renamed", oldName, renamed.Value.Location.Name);
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(language, "EmergencyObjects_Address"), EmergencyPlaces.AddressName(renamed.Value.Address))]), language));
        }

        if (place.Value.Location.Name != oldName)
        {
            return ActionResult.Failure(new Error("emergency.location_changed", oldName, place.Value.Location.Name), language);
        }

        var removed = await emergency.RemoveLocationAsync(new RemoveLocation(turn.Actor, key, slots[AddressSlot], slots[LocationSlot]), cancellationToken);
        if (!removed.IsSuccess)
        {
            return ActionResult.Failure(removed.Error, language);
        }

        var done = BotText.Get(language, "EmergencyObjects_LocationRemoved", oldName, EmergencyPlaces.AddressName(removed.Value));
        return new ActionResult(done, ResultCard.Build(new ResultSummary(done, [new Fact(BotText.Get(language, "EmergencyObjects_Address"), removed.Value.OneLine())]), language));
    }

    // "rename the 3rd floor location of Contoso Paris to 4th floor", "renomme l'emplacement 3e étage en 4e étage": after the last "to"/"en".
    private static string? NewName(string text)
    {
        var trimmed = text.Trim();
        var at = NameMarkers.Select(m => (Marker: m, Index: trimmed.LastIndexOf(m, StringComparison.OrdinalIgnoreCase))).Where(m => m.Index >= 0).OrderByDescending(m => m.Index).FirstOrDefault();
        if (at.Marker is null)
        {
            return null;
        }

        var name = trimmed[(at.Index + at.Marker.Length)..].Trim().Trim('"', '“', '”', '«', '»', '.', '!', ' ');
        return name.Length == 0 ? null : name;
    }
}
