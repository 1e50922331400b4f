using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Numbers;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;

namespace ChatPhone.Bot.Flows.Numbers;

/// <summary>
/// The number inventory by chat: "unassign +1 206 555 0100" and "release +1 206 555 0100" show a plan card
/// and change the number only on confirm; "list all numbers" answers with the numbers' list card (<see cref="PhoneNumberList"/>).
/// </summary>
public sealed class NumberInventoryFlow(
    PeopleResolver people,
    IDirectoryStore directory,
    NumberAssignmentService assignment,
    NumberQueries queries,
    PhoneNumberList list) : IIntentFlow, IPlannedFlow
{
    private const string ActionSlot = "action";
    private const string Unassign = "unassign";
    private const string Release = "release";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.UnassignNumber, IntentKind.ReleaseNumber, IntentKind.ListNumbers];

    /// <inheritdoc />
    public string Name => "numbers.inventory";

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => intent.Kind switch
    {
        IntentKind.ListNumbers => ListAsync(turn, intent, cancellationToken),
        IntentKind.ReleaseNumber => PlanReleaseAsync(turn, intent, cancellationToken),
        _ => PlanUnassignAsync(turn, intent, cancellationToken),
    };

    /// <summary>Plans taking a number back from its holder.</summary>
    public async Task PlanUnassignAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await AdminAsync(turn, cancellationToken))
        {
            return;
        }

        var number = intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber);
        if (number is null && intent.Slots.GetValueOrDefault(SlotNames.Person) is { } mention)
        {
            var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
            if (!person.IsSuccess)
            {
                await turn.SendTextAsync(person.Error.Describe(language), cancellationToken);
                return;
            }

            var lines = await queries.LinesOfAsync(turn.Actor, person.Value.AadObjectId, cancellationToken);
            number = lines.IsSuccess ? lines.Value.FirstOrDefault()?.Number : null;
        }

        if (number is null)
        {
            await turn.SendTextAsync(BotText.Get(language, "Numbers_WhichNumberUnassign"), cancellationToken);
            return;
        }

        var holder = await HolderAsync(turn.Actor, number, cancellationToken);
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = Unassign,
            [SlotNames.PhoneNumber] = number,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Numbers_UnassignTitle"),
        [
            new Fact(BotText.Get(language, "Numbers_Number"), Display(number)),
            new Fact(BotText.Get(language, "Numbers_Holder"), holder ?? BotText.Get(language, "Numbers_Unassigned")),
        ])
        {
            Warnings = [BotText.Get(language, "Numbers_UnassignKept")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>Plans giving a number back to the carrier.</summary>
    public async Task PlanReleaseAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await AdminAsync(turn, cancellationToken))
        {
            return;
        }

        if (intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber) is not { } number)
        {
            await turn.SendTextAsync(BotText.Get(language, "Numbers_WhichNumberRelease"), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = Release,
            [SlotNames.PhoneNumber] = number,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Numbers_ReleaseTitle"),
            [new Fact(BotText.Get(language, "Numbers_Number"), Display(number))])
        {
            Warnings = [BotText.Get(language, "Numbers_ReleaseWarning")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var number = slots[SlotNames.PhoneNumber];
        if (slots[ActionSlot] == Unassign)
        {
            var unassigned = await assignment.UnassignAsync(new UnassignNumber(turn.Actor, key, number), cancellationToken);
            if (!unassigned.IsSuccess)
            {
                return ActionResult.Failure(unassigned.Error, language);
            }

            var done = BotText.Get(language, "Numbers_Unassign_Done", unassigned.Value.Number);
            return new ActionResult(done, ResultCard.Build(new ResultSummary(done,
                [new Fact(BotText.Get(language, "Numbers_Number"), unassigned.Value.Number)],
                BotText.Get(language, "Numbers_Unassign_Next", unassigned.Value.Number)), language));
        }

        var released = await assignment.ReleaseAsync(new ReleaseNumbers(turn.Actor, key, [number]), cancellationToken);
        if (!released.IsSuccess)
        {
            return ActionResult.Failure(released.Error, language);
        }

        var outcome = released.Value;
        var facts = new List<Fact>();
        void Bucket(string name, IReadOnlyList<string> numbers)
        {
            if (numbers.Count > 0)
            {
                facts.Add(new Fact(BotText.Get(language, name), string.Join(", ", numbers)));
            }
        }

        Bucket("Numbers_Released", outcome.Released);
        Bucket("Numbers_ReleaseAssigned", outcome.Assigned);
        Bucket("Numbers_ReleaseNotOwned", outcome.NotOwned);
        Bucket("Numbers_ReleaseKept", outcome.Kept);
        var title = outcome.Released.Count > 0
            ? BotText.Get(language, "Numbers_Release_Done", outcome.Released.Count)
            : BotText.Get(language, "Numbers_Release_None");
        var next = outcome.Assigned.Count > 0
            ? BotText.Get(language, "Numbers_Release_NextAssigned", outcome.Assigned[0])
            : BotText.Get(language, "Numbers_Release_Next");
        var text = string.Join(' ', new[] { title }.Concat(facts.Select(f => BotText.Get(language, "Numbers_ReleaseBucket", f.Title, f.Value))));
        return new ActionResult(text, ResultCard.Build(new ResultSummary(title, facts, next), language));
    }

    /// <summary>
    /// The numbers the sentence asks for ("unassigned numbers", "numbers in France", "toll-free numbers"), a page of them
    /// with a Show button each: the same card as the generic "list the phone numbers".
    /// </summary>
    public Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => list.SendAsync(turn, intent, cancellationToken);

    /// <summary>Who holds <paramref name="number"/> now, as "Name (upn)" or the holder id; null when unassigned or unknown.</summary>
    private async Task<string?> HolderAsync(Actor actor, string number, CancellationToken cancellationToken)
    {
        if (E164Number.TryParse(number) is not { IsSuccess: true } parsed)
        {
            return null;
        }

        var page = await queries.ListAsync(actor, new NumberFilter(), 0, NumberQueries.MaxTop, cancellationToken);
        var holder = page.IsSuccess ? page.Value.Items.FirstOrDefault(n => n.Number == parsed.Value.Value)?.Assignment : null;
        if (holder is null)
        {
            return null;
        }

        var person = await directory.FindAsync(actor.Tenant, holder.TargetId, cancellationToken);
        return person.IsSuccess ? $"{person.Value.DisplayName} ({person.Value.Upn})" : holder.TargetId;
    }

    private static string Display(string number) =>
        E164Number.TryParse(number) is { IsSuccess: true } parsed ? $"{number} ({parsed.Value.National()})" : number;

    private static async Task<bool> AdminAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Actor.IsAdmin)
        {
            return true;
        }

        await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
        return false;
    }
}
