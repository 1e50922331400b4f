using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// The Submit of an address's edit form: the address is looked up again in the clicker's tenant, the form must be the
/// pending one for that address, and what changed goes to the plan card like a typed change.
/// </summary>
public sealed class EditAddressFormFlow(EmergencyAddressHandler handler, EmergencyService emergency) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [EditAddressPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var payload = CardPayloads.Read<EditAddressPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var pending = PendingPlans.Find(turn.State, handler.Name, payload.Value.PlanId);
        if (pending is null || pending.GetValueOrDefault("addressId") != payload.Value.AddressId)
        {
            return new ActionResult(BotText.Get(language, "Emergency_FormNotCurrent"));
        }

        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Core.Common.Error("auth.admin_required"));
        }

        var address = await emergency.GetAddressAsync(turn.Actor, payload.Value.AddressId, cancellationToken);
        if (!address.IsSuccess)
        {
            return ActionRouter.Failed(turn, address.Error);
        }

        string? In(string id) => CardInputs.Value(data, id);
        var current = AddressFields.From(address.Value);
        var fields = current with
        {
            CompanyName = In(AddressInputs.CompanyName) ?? string.Empty,
            Country = In(AddressInputs.Country)?.ToUpperInvariant() ?? string.Empty,
            HouseNumber = In(AddressInputs.HouseNumber),
            HouseNumberSuffix = In(AddressInputs.HouseNumberSuffix),
            StreetName = In(AddressInputs.StreetName),
            StreetSuffix = In(AddressInputs.StreetSuffix),
            City = In(AddressInputs.City),
            StateOrProvince = In(AddressInputs.StateOrProvince),
            PostalCode = In(AddressInputs.PostalCode),
            Latitude = In(AddressInputs.Latitude),
            Longitude = In(AddressInputs.Longitude),
            Description = In(AddressInputs.Description),
        };
        await handler.PlanEditAsync(turn, address.Value, fields, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }
}
