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
/// Emergency addresses as objects: "list the emergency addresses", "show the address Contoso Lyon", "change the postal
/// code of Contoso Lyon to 69003" (or the form, prefilled), "delete the address Contoso Lille". A validated address is
/// never edited (Teams' rule: create a new one), and one whose locations a number (so a person) uses is never deleted:
/// both are refused with the reason before anything is planned, and core checks again on Confirm.
/// </summary>
public sealed class EmergencyAddressHandler(EmergencyPlaces places, EmergencyService emergency) : IObjectHandler, IPlannedFlow
{
    private const string OpSlot = "op";
    private const string AddressSlot = "addressId";
    private const string FingerprintSlot = "fingerprint";
    private const string FieldSlotPrefix = "field.";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.EmergencyAddress;

    /// <inheritdoc />
    public string Name => "objects.emergency-address";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await places.AddressesAsync(actor, cancellationToken);
        return all.IsSuccess ? Result<IReadOnlyList<NamedObject>>.Ok(all.Value.Select(EmergencyPlaces.AddressObject).ToArray()) : all.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await places.AddressesAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Emergency_NoAddresses"), cancellationToken);
            return;
        }

        var rows = all.Value.Select(a => new PlaceRow(
            EmergencyPlaces.AddressName(a),
            BotText.Get(language, "EmergencyObjects_AddressRow", a.OneLine(), Status(a.Status, language), a.Locations.Count),
            [ObjectButtons.Create(BotText.Get(language, "EmergencyObjects_Show"), IntentKind.ShowObject, Kind, a.Id)])).ToArray();
        var title = BotText.Get(language, "Emergency_AddressesTitle", all.Value.Count).TrimEnd(':', ' ');
        await ListPages.SendAsync(turn, intent, Kind, rows, page => PlaceListCard.Build(new PlaceList(title, page), language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var address = await emergency.GetAddressAsync(turn.Actor, target.Id, cancellationToken);
        var usage = await places.UsageAsync(turn.Actor, cancellationToken);
        if (!address.IsSuccess || !usage.IsSuccess)
        {
            await turn.SendTextAsync((address.IsSuccess ? usage.Error! : address.Error).Describe(language), cancellationToken);
            return;
        }

        await turn.SendCardAsync(DetailCard.Build(AddressDetail.Build(address.Value, usage.Value, turn.Actor.IsAdmin, language), language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var address = await emergency.GetAddressAsync(turn.Actor, target.Id, cancellationToken);
        if (!address.IsSuccess)
        {
            await turn.SendTextAsync(address.Error.Describe(language), cancellationToken);
            return;
        }

        if (EditRefusal(address.Value) is { } refusal)
        {
            await turn.SendTextAsync(refusal.Describe(language), cancellationToken);
            return;
        }

        var fields = AddressFields.From(address.Value);
        var change = AddressChangeReader.Read(intent.Text, fields);
        if (change is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "EmergencyObjects_EditForm", EmergencyPlaces.AddressName(address.Value)), cancellationToken);
            var (planId, _) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string> { [OpSlot] = "form", [AddressSlot] = address.Value.Id });
            await turn.SendCardAsync(AddressFormCard.BuildEdit(fields, address.Value.Id, planId, language), cancellationToken);
            return;
        }

        await PlanEditAsync(turn, address.Value, change, cancellationToken);
    }

    /// <summary>The plan card of an edit: each field that changes, old → new.</summary>
    public async Task PlanEditAsync(FlowTurn turn, CivicAddress address, AddressFields next, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var changes = AddressChangeReader.Differences(AddressFields.From(address), next)
            .Select(d => new Fact(BotText.Get(language, "EmergencyObjects_Field_" + d.Field), BotText.Get(language, "EmergencyObjects_OldNew", d.Old ?? "—", d.New ?? "—")))
            .ToArray();
        if (changes.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "EmergencyObjects_NothingToChange"), cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string> { [OpSlot] = "edit", [AddressSlot] = address.Id, [FingerprintSlot] = EmergencyPlaces.Fingerprint(address) };
        foreach (var (field, value) in AddressChangeReader.ToSlots(next))
        {
            slots[FieldSlotPrefix + field] = value;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "EmergencyObjects_EditTitle", EmergencyPlaces.AddressName(address)), changes)
        {
            Warnings = [BotText.Get(language, "EmergencyObjects_EditRevalidates")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var address = await emergency.GetAddressAsync(turn.Actor, target.Id, cancellationToken);
        var usage = await places.UsageAsync(turn.Actor, cancellationToken);
        if (!address.IsSuccess || !usage.IsSuccess)
        {
            await turn.SendTextAsync((address.IsSuccess ? usage.Error! : address.Error).Describe(language), cancellationToken);
            return;
        }

        var a = address.Value;
        var (numbers, people) = EmergencyPlaces.Count(usage.Value, a.Locations.Select(l => l.Id));
        if (numbers > 0)
        {
            var reason = new Error("emergency.address_in_use", a.OneLine(), numbers).Describe(language);
            await turn.SendTextAsync(people > 0 ? $"{reason} {BotText.Get(language, "EmergencyObjects_PeopleUseIt", people)}" : reason, cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OpSlot] = "delete", [AddressSlot] = a.Id, [FingerprintSlot] = EmergencyPlaces.Fingerprint(a),
        });
        var facts = new[]
        {
            new Fact(BotText.Get(language, "EmergencyObjects_Address"), $"{EmergencyPlaces.AddressName(a)} — {a.OneLine()}"),
            new Fact(BotText.Get(language, "EmergencyObjects_Locations"), string.Join(", ", a.Locations.Select(l => l.Name))),
        };
        var plan = new PlanSummary(planId, BotText.Get(language, "EmergencyObjects_DeleteTitle", EmergencyPlaces.AddressName(a)), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var op = slots.GetValueOrDefault(OpSlot);
        if (op is not ("edit" or "delete"))
        {
            return new ActionResult(BotText.Get(language, "Plan_NotCurrent")) { Failed = true };
        }

        var current = await emergency.GetAddressAsync(turn.Actor, slots[AddressSlot], cancellationToken);
        if (!current.IsSuccess)
        {
            return ActionResult.Failure(current.Error, language);
        }

        if (EmergencyPlaces.Fingerprint(current.Value) != slots.GetValueOrDefault(FingerprintSlot))
        {
            return new ActionResult(BotText.Get(language, "EmergencyObjects_ChangedMeanwhile", EmergencyPlaces.AddressName(current.Value))) { Failed = true };
        }

        if (op == "delete")
        {
            var deleted = await emergency.DeleteAddressAsync(new DeleteAddress(turn.Actor, key, current.Value.Id), cancellationToken);
            if (!deleted.IsSuccess)
            {
                return ActionResult.Failure(deleted.Error, language);
            }

            var text = BotText.Get(language, "EmergencyObjects_Deleted", EmergencyPlaces.AddressName(current.Value), deleted.Value.Locations);
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(language, "EmergencyObjects_Address"), current.Value.OneLine())]), language));
        }

        var fields = AddressChangeReader.FromSlots(slots.Where(s => s.Key.StartsWith(FieldSlotPrefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Key[FieldSlotPrefix.Length..], s => s.Value, StringComparer.Ordinal));
        var edited = await emergency.EditAddressAsync(new EditAddress(turn.Actor, key, current.Value.Id, fields), cancellationToken);
        if (!edited.IsSuccess)
        {
            return ActionResult.Failure(edited.Error, language);
        }

        var done = BotText.Get(language, "EmergencyObjects_Edited", EmergencyPlaces.AddressName(edited.Value.Address), Status(edited.Value.Address.Status, language));
        return new ActionResult(done, AddressResultCard.Build(edited.Value, language));
    }

    /// <summary>Why an address cannot be edited at all (validated, or in a country where Teams allows no edits), or null.</summary>
    public static Error? EditRefusal(CivicAddress address) =>
        address.IsValidated ? new Error("emergency.address_validated_immutable", address.OneLine())
        : !EmergencyRegions.IsEditable(address.Country) ? new Error("emergency.address_edit_country_unsupported", address.Country)
        : null;

    /// <summary>"validated", "non validée".</summary>
    public static string Status(ValidationStatus status, Language language) => BotText.Get(language, "Emergency_Status_" + status);
}
