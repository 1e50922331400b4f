using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// The buttons and forms of a phone number's card: Unassign (the unassign plan), Assign (a form that picks the person,
/// then the assign plan), and the emergency location form's submit (a plan, refused when the number moved since the form
/// was sent). Admins only; the number is looked up in the clicker's own tenant.
/// </summary>
public sealed class PhoneNumberActions(
    NumberBookReader reader, PhoneNumberHandler handler, NumberInventoryFlow inventory, AssignNumberFlow assign, IDirectoryStore directory) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [NumberObjectActionPayload.Verb, NumberLocationPayload.Verb, NumberAssignPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var number = NumberOf(verb, data);
        if (!number.IsSuccess)
        {
            return ActionRouter.Failed(turn, number.Error);
        }

        var book = await reader.ReadAsync(turn.Actor, cancellationToken);
        if (!book.IsSuccess)
        {
            return ActionRouter.Failed(turn, book.Error);
        }

        if (book.Value.Find(number.Value) is not { } found)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_PhoneNumber")) { Failed = true };
        }

        var intentLanguage = language == Language.French ? "fr" : "en";
        if (verb == NumberLocationPayload.Verb)
        {
            var seen = CardPayloads.Read<NumberLocationPayload>(data).Value.Seen;
            if ((found.LocationId ?? string.Empty) != seen)
            {
                return new ActionResult(BotText.Get(language, "NumObj_ChangedMeanwhile", NumberText.International(found.Number))) { Failed = true };
            }

            await handler.PlanLocationAsync(turn, book.Value, found, Input(data, NumberLocationPayload.LocationInput), cancellationToken);
        }
        else if (verb == NumberAssignPayload.Verb)
        {
            var person = await directory.FindAsync(turn.Actor.Tenant, Input(data, NumberAssignPayload.PersonInput), cancellationToken);
            if (!person.IsSuccess)
            {
                return ActionRouter.Failed(turn, person.Error);
            }

            var slots = new Dictionary<string, string> { [SlotNames.PhoneNumber] = found.Number, [SlotNames.Person] = person.Value.Upn };
            await assign.RunAsync(turn, new Intent(IntentKind.AssignNumber, slots, intentLanguage), cancellationToken);
        }
        else if (CardPayloads.Read<NumberObjectActionPayload>(data).Value.Action == NumberObjectActionPayload.Unassign)
        {
            var slots = new Dictionary<string, string> { [SlotNames.PhoneNumber] = found.Number };
            await inventory.PlanUnassignAsync(turn, new Intent(IntentKind.UnassignNumber, slots, intentLanguage), cancellationToken);
        }
        else
        {
            var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken))
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(p => new Choice($"{p.DisplayName} ({p.Upn})", p.AadObjectId))
                .ToArray();
            await turn.SendCardAsync(PhoneNumberForms.Assign(found.Number, people, language), cancellationToken);
        }

        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    // The number the clicked payload names, whichever of the three it is.
    private static Result<string> NumberOf(string verb, JsonElement data)
    {
        if (verb == NumberLocationPayload.Verb)
        {
            var location = CardPayloads.Read<NumberLocationPayload>(data);
            return location.IsSuccess ? location.Value.Number : location.Error;
        }

        if (verb == NumberAssignPayload.Verb)
        {
            var assigned = CardPayloads.Read<NumberAssignPayload>(data);
            return assigned.IsSuccess ? assigned.Value.Number : assigned.Error;
        }

        var action = CardPayloads.Read<NumberObjectActionPayload>(data);
        return action.IsSuccess ? action.Value.Number : action.Error;
    }

    private static string Input(JsonElement data, string id) =>
        data.TryGetProperty(id, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
}
