using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>
/// "assign +1 800 555 0100 to the call queue Sales": a service number goes to the conference bridge, or to
/// the resource account of a call queue or auto attendant (the account associated with the one named, or
/// the resource account of that name or UPN). A plan card first; the assignment on confirm.
/// </summary>
public sealed class ServiceNumberFlow(ResourceAccountService accounts, ConferencingService conferencing, VoiceAppQueries voiceApps)
    : IIntentFlow, IPlannedFlow
{
    private const string BridgeTarget = "ConferenceBridge";
    private const string AccountSlot = "accountId";
    private const string AccountNameSlot = "accountName";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AssignServiceNumber];

    /// <inheritdoc />
    public string Name => "servicenumber.assign";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var numbers = (intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length != 1)
        {
            await turn.SendTextAsync(BotText.Get(language, "ServiceNumber_WhichNumber"), cancellationToken);
            return;
        }

        var number = numbers[0];
        var target = intent.Slots.GetValueOrDefault(SlotNames.Target);
        var name = intent.Slots.GetValueOrDefault(SlotNames.Name);
        var slots = new Dictionary<string, string> { [SlotNames.PhoneNumber] = number };
        string targetText;
        if (target == BridgeTarget)
        {
            var bridge = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
            if (!bridge.IsSuccess)
            {
                await turn.SendTextAsync(bridge.Error.Describe(language), cancellationToken);
                return;
            }

            slots[SlotNames.Target] = BridgeTarget;
            targetText = BotText.Get(language, "ServiceNumber_Bridge", DisplayNames.BridgeName(bridge.Value.Bridge.Name, language));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                await turn.SendTextAsync(BotText.Get(language, "ServiceNumber_WhichTarget"), cancellationToken);
                return;
            }

            var (account, problem) = await FindAccountAsync(turn, target, name, cancellationToken);
            if (account is null)
            {
                await turn.SendTextAsync(problem ?? string.Empty, cancellationToken);
                return;
            }

            slots[SlotNames.Target] = target ?? "ResourceAccount";
            slots[AccountSlot] = account.Id;
            slots[AccountNameSlot] = account.DisplayName;
            targetText = BotText.Get(language, "ServiceNumber_Account", account.DisplayName, account.Upn,
                ResourceAccountFlow.TypeText(account.Kind, language));
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var national = E164Number.TryParse(number) is { IsSuccess: true } parsed ? parsed.Value.National() : number;
        var plan = new PlanSummary(planId, BotText.Get(language, "ServiceNumber_PlanTitle"),
        [
            new Fact(BotText.Get(language, "Assign_Number"), $"{number} ({national})"),
            new Fact(BotText.Get(language, "Assign_To"), targetText),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var number = slots[SlotNames.PhoneNumber];
        string who;
        Error? error;
        if (slots[SlotNames.Target] == BridgeTarget)
        {
            var assigned = await conferencing.AssignNumberAsync(new AssignBridgeNumber(turn.Actor, key, number), cancellationToken);
            error = assigned.IsSuccess ? null : assigned.Error;
            who = assigned.IsSuccess ? assigned.Value.Name : string.Empty;
        }
        else
        {
            var assigned = await accounts.AssignNumberAsync(new AssignResourceAccountNumber(turn.Actor, key, slots[AccountSlot], number), cancellationToken);
            error = assigned.IsSuccess ? null : assigned.Error;
            who = slots[AccountNameSlot];
        }

        if (error is not null)
        {
            return ActionResult.Failure(error, language);
        }

        var text = BotText.Get(language, "ServiceNumber_Done", number, who);
        var next = BotText.Get(language, slots[SlotNames.Target] == BridgeTarget ? "ServiceNumber_NextBridge" : "ServiceNumber_NextAccount");
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text,
            [new Fact(BotText.Get(language, "Assign_Number"), number), new Fact(BotText.Get(language, "Assign_To"), who)], next), language));
    }

    /// <summary>The one resource account meant, or why there is none to pick (in the person's language).</summary>
    private async Task<(ResourceAccount? Account, string? Problem)> FindAccountAsync(FlowTurn turn, string? target, string name, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var list = await accounts.ListAsync(turn.Actor, cancellationToken);
        if (!list.IsSuccess)
        {
            return (null, list.Error.Describe(language));
        }

        // The account associated with the call queue or auto attendant of that name, when there is one.
        string? appId = null;
        if (target == nameof(ResourceAccountKind.CallQueue) && await voiceApps.GetCallQueueAsync(turn.Actor, name, cancellationToken) is { IsSuccess: true } queue)
        {
            appId = queue.Value.Id;
        }
        else if (target == nameof(ResourceAccountKind.AutoAttendant) && await voiceApps.GetAutoAttendantAsync(turn.Actor, name, cancellationToken) is { IsSuccess: true } attendant)
        {
            appId = attendant.Value.Id;
        }

        if (appId is not null && list.Value.FirstOrDefault(a => a.AssociatedWith == appId) is { } associated)
        {
            return (associated, null);
        }

        var wanted = name.Trim();
        var candidates = list.Value.Where(a => target switch
        {
            nameof(ResourceAccountKind.CallQueue) => a.Kind == ResourceAccountKind.CallQueue,
            nameof(ResourceAccountKind.AutoAttendant) => a.Kind == ResourceAccountKind.AutoAttendant,
            _ => true,
        }).ToArray();
        var matches = candidates.Where(a => a.Upn.Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (matches.Length == 0)
        {
            matches = candidates.Where(a => a.DisplayName.Equals(wanted, StringComparison.CurrentCultureIgnoreCase)).ToArray();
        }

        return matches.Length switch
        {
            1 => (matches[0], null),
            0 => (null, new Error("resource_account.not_found", wanted).Describe(language)),
            _ => (null, BotText.Get(language, "ServiceNumber_Ambiguous", wanted, string.Join(", ", matches.Select(a => $"{a.DisplayName} ({a.Upn})")))),
        };
    }
}
