using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>Step 5, "assign +1 206 555 0100 to alex@contoso.com": a plan card, then the assignment on confirm.</summary>
public sealed class AssignNumberFlow(
    PeopleResolver people, NumberAssignmentService assignment, StepFormSender forms, IDirectoryStore directory, BulkNumbersFlow bulk) : IIntentFlow, IPlannedFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AssignNumber];

    private const string UserSlot = "userId";
    private const string UserNameSlot = "userName";

    /// <inheritdoc />
    public string Name => "numbers.assign";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        if (intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber) is not { } number)
        {
            // Several people named, or "everyone": the form that gives numbers to many at once, those named picked already.
            var everyone = await directory.ListAsync(turn.Actor.Tenant, cancellationToken);
            var named = ObjectMentions.FindAll(intent.Text, everyone.Select(p => new NamedObject(p.AadObjectId, p.DisplayName, [p.DisplayName.Split(' ')[0], p.Upn])));
            if (BulkNumbersFlow.AsksForMany(intent.Text, named.Count))
            {
                await bulk.SendFormAsync(turn, named.Select(n => n.Id).ToArray(), cancellationToken);
                return;
            }

            await turn.SendTextAsync(BotText.Get(language, "Assign_WhichNumber"), cancellationToken);
            await forms.SendAssignableAsync(turn, cancellationToken);
            return;
        }

        var person = await people.ResolveAsync(turn.Actor, intent.Slots.GetValueOrDefault(SlotNames.Person), cancellationToken);
        if (!person.IsSuccess)
        {
            await turn.SendTextAsync(person.Error.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [SlotNames.PhoneNumber] = number,
            [UserSlot] = person.Value.AadObjectId,
            [UserNameSlot] = person.Value.DisplayName,
        });
        var national = E164Number.TryParse(number) is { IsSuccess: true } parsed ? parsed.Value.National() : number;
        var plan = new PlanSummary(planId, BotText.Get(language, "Assign_PlanTitle"),
        [
            new Fact(BotText.Get(language, "Assign_Number"), $"{number} ({national})"),
            new Fact(BotText.Get(language, "Assign_To"), $"{person.Value.DisplayName} ({person.Value.Upn})"),
            new Fact(BotText.Get(language, "Assign_As"), BotText.Get(language, "Assign_Primary")),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var number = slots[SlotNames.PhoneNumber];
        var assigned = await assignment.AssignAsync(new AssignNumber(turn.Actor, key, number, UserId.Parse(slots[UserSlot])), cancellationToken);
        if (!assigned.IsSuccess)
        {
            return ActionResult.Failure(assigned.Error, language);
        }

        var text = BotText.Get(language, "Assign_Done", number, slots[UserNameSlot]);
        var result = new ResultSummary(text,
            [new Fact(BotText.Get(language, "Assign_Number"), number), new Fact(BotText.Get(language, "Assign_To"), slots[UserNameSlot])],
            BotText.Get(language, "Assign_Next"));
        return new ActionResult(text, ResultCard.Build(result, language));
    }
}
