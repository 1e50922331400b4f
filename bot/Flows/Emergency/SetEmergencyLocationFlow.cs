using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// "set Lucas's emergency address to Contoso Lyon", "use the 3rd floor location for +33 1 84 88 00 01": a person's
/// emergency location is the location of their numbers (Teams keeps it on the number), so the numbers named, or those the
/// people named hold, move to the location named (an address means its default location). The plan card shows each
/// number's old and new place; an address in another country than a number, or not validated, is refused with the reason
/// before anything is planned, and core checks again (and that nothing moved meanwhile) on Confirm, all numbers at once.
/// </summary>
public sealed class SetEmergencyLocationFlow(
    EmergencyPlaces places, NumberQueries numbers, IDirectoryStore directory, NumberAssignmentService assignment)
    : IIntentFlow, IPlannedFlow
{
    private const string LocationSlot = "locationId";
    private const string ChangesSlot = "changes";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SetEmergencyLocation];

    /// <inheritdoc />
    public string Name => "emergency.location.set";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var all = await places.AddressesAsync(turn.Actor, cancellationToken);
        var inventory = await numbers.ListAsync(turn.Actor, new NumberFilter(), 0, NumberQueries.MaxTop, cancellationToken);
        if (!all.IsSuccess || !inventory.IsSuccess)
        {
            await turn.SendTextAsync((all.IsSuccess ? inventory.Error! : all.Error).Describe(language), cancellationToken);
            return;
        }

        var target = Target(intent.Text, all.Value);
        if (target.Count != 1)
        {
            var names = string.Join(", ", all.Value.Select(EmergencyPlaces.AddressName));
            await turn.SendTextAsync(BotText.Get(language, target.Count == 0 ? "EmergencyObjects_SetWhere" : "EmergencyObjects_SetWhichPlace", names), cancellationToken);
            return;
        }

        var (address, location) = target[0];
        var moving = new List<(PhoneNumber Number, string? Holder)>();
        var refusals = new List<string>();
        await CollectAsync(turn, intent, address, location, inventory.Value.Items, moving, refusals, cancellationToken);
        if (moving.Count == 0)
        {
            await turn.SendTextAsync(refusals.Count > 0 ? string.Join(" ", refusals) : BotText.Get(language, "EmergencyObjects_SetWho"), cancellationToken);
            return;
        }

        if (refusals.Count > 0)
        {
            // All or nothing, like the command: say what is wrong rather than plan part of what was asked.
            await turn.SendTextAsync(string.Join(" ", refusals), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [LocationSlot] = location.Id,
            [ChangesSlot] = string.Join(',', moving.Select(m => $"{m.Number.Number}={m.Number.LocationId}")),
        });
        var facts = moving.Select(m => new Fact(
            m.Holder is null ? m.Number.Number : $"{m.Number.Number} ({m.Holder})",
            BotText.Get(language, "EmergencyObjects_OldNew", Where(all.Value, m.Number.LocationId, language), EmergencyPlaces.PlaceText(address, location)))).ToArray();
        var title = BotText.Get(language, "EmergencyObjects_SetTitle", EmergencyPlaces.AddressName(address), location.Name);
        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, title, facts), key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var changes = slots[ChangesSlot].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2))
            .Select(p => new NumberLocationChange(p[0], p[1].Length == 0 ? null : p[1]))
            .ToArray();
        var moved = await assignment.SetLocationsAsync(new SetNumbersLocation(turn.Actor, key, changes, slots[LocationSlot]), cancellationToken);
        if (!moved.IsSuccess)
        {
            return ActionResult.Failure(moved.Error, language);
        }

        var all = await places.AddressesAsync(turn.Actor, cancellationToken);
        var place = all.IsSuccess ? Where(all.Value, slots[LocationSlot], language) : slots[LocationSlot];
        var text = BotText.Get(language, "EmergencyObjects_SetDone", moved.Value.Length, place);
        var facts = moved.Value.Select(n => new Fact(n.Number, place)).ToArray();
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language));
    }

    // The location the sentence names: a location by its name, or an address (its default location); the longest mention wins.
    private static IReadOnlyList<(CivicAddress Address, EmergencyLocation Location)> Target(string text, IReadOnlyList<CivicAddress> addresses)
    {
        var candidates = addresses.Select(a => (Object: EmergencyPlaces.AddressObject(a) with { Id = "a:" + a.Id }, Address: a, Location: a.DefaultLocation))
            .Concat(addresses.SelectMany(a => a.Locations.Where(l => !l.IsDefault).Select(l => (Object: EmergencyPlaces.LocationObject(a, l) with { Id = "l:" + l.Id }, Address: a, Location: l))))
            .ToArray();
        var found = ObjectMentions.Find(text, candidates.Select(c => c.Object));
        if (found.Count > 1)
        {
            // "Contoso Redmond" is the name of one address and only the company and city of another: the name wins.
            var byName = ObjectMentions.Find(text, found.Select(f => f with { Aliases = [] }));
            found = byName.Count == 1 ? byName : found;
        }

        return candidates.Where(c => found.Any(f => f.Id == c.Object.Id)).Select(c => (c.Address, c.Location)).ToArray();
    }

    // The numbers to move: those named, and those the people named hold; a name that is part of the place named is not a person.
    private async Task CollectAsync(
        FlowTurn turn, Intent intent, CivicAddress address, EmergencyLocation location, IReadOnlyList<PhoneNumber> inventory,
        List<(PhoneNumber Number, string? Holder)> moving, List<string> refusals, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        foreach (var typed in (intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
            if (inventory.FirstOrDefault(n => new string(n.Number.Where(char.IsAsciiDigit).ToArray()) == digits) is not { } number)
            {
                refusals.Add(new Error("number.not_found", typed, turn.Actor.Tenant.Value).Describe(language));
                continue;
            }

            Add(number, null);
        }

        // The people of the directory whose name the sentence contains ("change l'adresse d'urgence de Lucas pour Contoso Lyon",
        // "move Sam's and Inès's emergency location"): read from what exists, not from the grammar.
        var directoryPeople = await directory.ListAsync(turn.Actor.Tenant, cancellationToken);
        var named = ObjectMentions.FindAll(intent.Text, directoryPeople.Select(p => new NamedObject(p.AadObjectId, p.DisplayName, [p.DisplayName.Split(' ')[0], p.Upn])));
        var found = directoryPeople.Where(p => named.Any(n => n.Id == p.AadObjectId)).ToList();
        var unknown = new List<string>();

        refusals.AddRange(unknown.Select(m => new Error("directory.person_not_found", m).Describe(language)));
        foreach (var person in found.DistinctBy(p => p.AadObjectId))
        {
            var held = inventory.Where(n => n.Assignment is { Target: AssignmentTarget.User } a && a.TargetId.Equals(person.AadObjectId, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (held.Length == 0)
            {
                refusals.Add(BotText.Get(language, "EmergencyObjects_NoNumber", person.DisplayName));
            }

            foreach (var number in held)
            {
                Add(number, person.DisplayName);
            }
        }

        void Add(PhoneNumber number, string? holder)
        {
            if (moving.Any(m => m.Number.Number == number.Number))
            {
                return;
            }

            if (!string.Equals(number.Country, address.Country, StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add(new Error("number.location_country_mismatch", number.Number, number.Country, address.OneLine(), address.Country).Describe(language));
                return;
            }

            if (!address.IsValidated)
            {
                refusals.Add(new Error("number.address_not_validated", EmergencyPlaces.AddressName(address)).Describe(language));
                return;
            }

            moving.Add((number, holder));
        }
    }

    private static string Where(IReadOnlyList<CivicAddress> addresses, string? locationId, Language language) =>
        EmergencyPlaces.Find(addresses, locationId) is { } place ? EmergencyPlaces.PlaceText(place.Address, place.Location) : BotText.Get(language, "EmergencyObjects_NoLocation");
}
