using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Licensing;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// "what licenses does Oliver have?", "quelles sont les licences de Lucas ?": the card of each person the sentence names, with
/// a Remove button per license for admins (a click plans the removal through <see cref="RemoveLicenseFlow"/>, as if typed).
/// The helpdesk and admins may look at anyone; a user only at themself.
/// </summary>
public sealed class PersonLicensesFlow(LicenseBook book, RemoveLicenseFlow removal) : IActionFlow
{
    /// <summary>How many people one sentence may ask about.</summary>
    public const int MaxPeople = 3;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [RemovePersonLicensePayload.Verb];

    /// <summary>Answers when <paramref name="intent"/> names people of the directory; false (nothing sent) when it names nobody.</summary>
    public async Task<bool> TryShowAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Text.Length == 0)
        {
            return false;
        }

        var everyone = await book.PeopleAsync(turn.Actor.Tenant, cancellationToken);
        var named = ObjectMentions.FindAll(intent.Text, everyone.Select(p => Named(p.Person)));
        if (named.Count == 0)
        {
            return false;
        }

        var language = turn.Language;
        if (turn.Actor.Role < Role.Helpdesk && named.Any(n => !n.Id.Equals(turn.Actor.UserId, StringComparison.OrdinalIgnoreCase)))
        {
            await turn.SendTextAsync(BotText.Get(language, "LicObj_OnlyYours") + " " + CommandRunner.RoleError(Role.Helpdesk).Describe(language), cancellationToken);
            return true;
        }

        foreach (var person in everyone.Where(p => named.Any(n => n.Id == p.Person.AadObjectId)).Take(MaxPeople))
        {
            var buttons = turn.Actor.IsAdmin
                ? person.Skus.ToDictionary(s => s, s => new CardAction(BotText.Get(language, "LicObj_Remove"), RemovePersonLicensePayload.Verb,
                    CardPayloads.Write(new RemovePersonLicensePayload(person.Person.AadObjectId, s.ToString()))))
                : new Dictionary<Sku, CardAction>();
            await turn.SendCardAsync(PersonLicensesCard.Build(person.Person, person.Skus, buttons, language), cancellationToken);
        }

        return true;
    }

    /// <summary>A Remove button of the card: plans the removal like "remove the calling plan from Oliver".</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<RemovePersonLicensePayload>(data);
        if (!payload.IsSuccess || !Enum.TryParse<Sku>(payload.Value.Sku, out var sku) || !Enum.IsDefined(sku) || string.IsNullOrWhiteSpace(payload.Value.UserId))
        {
            return ActionRouter.Failed(turn, payload.IsSuccess ? new Error("card.invalid_payload") : payload.Error);
        }

        var slots = new Dictionary<string, string> { [SlotNames.Sku] = sku.ToString(), [SlotNames.Person] = payload.Value.UserId };
        await removal.RunAsync(turn, new Intent(IntentKind.RemoveLicense, slots, turn.Language == Language.French ? "fr" : "en"), cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    // A person as the sentence may name them: full name, first or last name, UPN or its local part.
    private static NamedObject Named(Person person)
    {
        var parts = person.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new NamedObject(person.AadObjectId, person.DisplayName, [person.Upn, person.Upn.Split('@')[0], .. parts]);
    }
}
