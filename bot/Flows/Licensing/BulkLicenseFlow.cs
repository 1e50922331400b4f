using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Core.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Licensing;

/// <summary>
/// Step 2 for several people at once, "assign Phone System and a domestic calling plan to alex, sam and
/// lucas": each person is looked up, those who cannot be found are listed as skipped with the reason, and
/// the licenses are assigned in one bulk command on confirm (each person succeeds or fails on their own).
/// </summary>
public sealed class BulkLicenseFlow(PeopleResolver people, LicensingService licensing, StepFormSender forms, LicenseGroupFlow group) : IIntentFlow, IPlannedFlow
{
    internal const string UsersSlot = "userIds";

    internal const string PlanName = "licenses.bulk";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AssignLicensesBulk];

    /// <inheritdoc />
    public string Name => PlanName;

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!LicenseAudiences.Gives(intent.Text) && await group.TryListAsync(turn, intent, cancellationToken))
        {
            return;
        }

        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var skus = Skus(intent);
        if (skus.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Licenses_WhichSku"), cancellationToken);
            await forms.SendAsync(turn, SetupStepKind.Licenses, cancellationToken);
            return;
        }

        // "to everyone in Sales", "à tous les utilisateurs en France": the group, with what each person will get.
        if (await group.TryPlanAsync(turn, intent, skus, cancellationToken))
        {
            return;
        }

        var mentions = (intent.Slots.GetValueOrDefault(SlotNames.People) ?? intent.Slots.GetValueOrDefault(SlotNames.Person) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (mentions.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "BulkLicenses_WhoMissing"), cancellationToken);
            return;
        }

        var found = new List<Core.Directory.Person>();
        var skipped = new List<Fact>();
        foreach (var mention in mentions)
        {
            var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
            if (!person.IsSuccess)
            {
                skipped.Add(new Fact(mention, BotText.Get(language, "BulkLicenses_WillBeSkipped", person.Error.Describe(language))));
            }
            else if (found.All(p => p.AadObjectId != person.Value.AadObjectId))
            {
                found.Add(person.Value);
            }
        }

        if (found.Count == 0)
        {
            await turn.SendTextAsync(
                BotText.Get(language, "BulkLicenses_NobodyFound", string.Join(" ", skipped.Select(f => $"{f.Title}: {f.Value}"))),
                cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [UsersSlot] = string.Join(',', found.Select(p => p.AadObjectId)),
            [SlotNames.Skus] = string.Join(',', skus),
        });
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "Licenses_Add"), string.Join(", ", skus.Select(s => SkuText.Name(s, language)))),
        };
        facts.AddRange(found.Select(p => new Fact(p.DisplayName, $"{p.Upn}, {p.UsageLocation}")));
        facts.AddRange(skipped);
        var plan = new PlanSummary(planId, BotText.Get(language, "BulkLicenses_PlanTitle", found.Count), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var users = slots[UsersSlot].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var skus = slots[SlotNames.Skus].Split(',').Select(Enum.Parse<Sku>).ToArray();
        var outcome = await licensing.AssignInBulkAsync(new AssignLicensesInBulk(turn.Actor, key, users, skus), cancellationToken);
        return outcome.IsSuccess
            ? new ActionResult(
                BotText.Get(language, "BulkLicenses_Done", outcome.Value.Succeeded, outcome.Value.Failed),
                BulkLicenseResultCard.Build(outcome.Value, language))
            : ActionResult.Failure(outcome.Error, language);
    }

    private static IReadOnlyList<Sku> Skus(Intent intent) =>
        (intent.Slots.GetValueOrDefault(SlotNames.Skus) ?? intent.Slots.GetValueOrDefault(SlotNames.Sku) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<Sku>(s, out var sku) ? sku : (Sku?)null)
            .OfType<Sku>()
            .Distinct()
            .ToArray();
}
