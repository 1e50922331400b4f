using System.Globalization;
using System.Text;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>
/// Step 9 by chat, "create a resource account for the call queue Sales": asks for the type and the name
/// when missing (one question at a time), proposes a UPN in the admin's domain when none is given, shows
/// the plan, and on confirm creates the account and gives it the free Resource Account license — two
/// commands, each with its own idempotency key derived from the card's.
/// </summary>
public sealed class ResourceAccountFlow(
    ResourceAccountService accounts, IDirectoryStore directory, VoiceAppQueries voiceApps, ResourceAccountAssociationService associations)
    : IIntentFlow, IPlannedFlow, IQuestionFlow
{
    private const string AskSlot = "_ask";
    private const string Question = "resourceaccount.ask";
    private const string ExistingSlot = "existing";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.CreateResourceAccount];

    /// <inheritdoc />
    public string Name => "resourceaccount.create";

    /// <inheritdoc />
    string IQuestionFlow.Name => Question;

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
            return;
        }

        var known = new Dictionary<string, string>();
        foreach (var slot in new[] { SlotNames.Name, SlotNames.Upn, SlotNames.ResourceType })
        {
            if (intent.Slots.GetValueOrDefault(slot) is { Length: > 0 } value)
            {
                known[slot] = value;
            }
        }

        await NextAsync(turn, known, cancellationToken);
    }

    /// <inheritdoc />
    public async Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(turn.State.Slots.Where(s => !s.Key.StartsWith('_')));
        var asked = turn.State.Slots.GetValueOrDefault(AskSlot);
        var answer = text.Trim();
        if (asked == SlotNames.ResourceType)
        {
            if (Kind(answer) is not { } kind)
            {
                await AskTypeAsync(turn, cancellationToken);
                return;
            }

            known[SlotNames.ResourceType] = kind.ToString();
        }
        else if (asked == SlotNames.Name && answer.Length > 0)
        {
            known[SlotNames.Name] = answer;
        }

        await NextAsync(turn, known, cancellationToken);
    }

    private async Task NextAsync(FlowTurn turn, Dictionary<string, string> known, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var missing = !known.ContainsKey(SlotNames.ResourceType) ? SlotNames.ResourceType
            : !known.ContainsKey(SlotNames.Name) ? SlotNames.Name
            : null;
        if (missing is not null)
        {
            turn.State.ClearFlow();
            turn.State.PendingFlow = Question;
            foreach (var (slot, value) in known)
            {
                turn.State.Slots[slot] = value;
            }

            turn.State.Slots[AskSlot] = missing;
            if (missing == SlotNames.Name)
            {
                await turn.SendTextAsync(BotText.Get(language, "ResourceAccount_WhichName"), cancellationToken);
            }
            else
            {
                await AskTypeAsync(turn, cancellationToken);
            }

            return;
        }

        var kind = Enum.Parse<ResourceAccountKind>(known[SlotNames.ResourceType]);
        var name = known[SlotNames.Name];
        if (!known.TryGetValue(SlotNames.Upn, out var upn))
        {
            upn = await SuggestUpnAsync(turn, kind, name, cancellationToken);
        }

        // The core's rules, in the person's language, before anything is planned.
        var invalid = ResourceAccountRules.Upn(upn).Error ?? ResourceAccountRules.DisplayName(name).Error;
        if (invalid is not null)
        {
            turn.State.ClearFlow();
            await turn.SendTextAsync(invalid.Describe(language), cancellationToken);
            return;
        }

        // The auto attendant or call queue of the same name, if it exists, is served by the new account.
        var served = await ServedAsync(turn, kind, name, cancellationToken);

        // Asked again after an account of that name was left half done (not licensed, or serving nothing): finish it.
        var existing = await accounts.GetAsync(turn.Actor, upn, cancellationToken);
        if (existing.IsSuccess && (existing.Value.Kind != kind || (existing.Value.License is not null && (served is null || existing.Value.AssociatedWith is not null))))
        {
            turn.State.ClearFlow();
            await turn.SendTextAsync(new Error("resource_account.upn_taken", upn).Describe(language), cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string>
        {
            [SlotNames.Name] = name,
            [SlotNames.Upn] = upn,
            [SlotNames.ResourceType] = kind.ToString(),
        };
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "ResourceAccount_Name"), name),
            new(BotText.Get(language, "ResourceAccount_Upn"), upn),
            new(BotText.Get(language, "ResourceAccount_Type"), TypeText(kind, language)),
            new(BotText.Get(language, "ResourceAccount_License"), BotText.Get(language, "ResourceAccount_FreeLicense")),
        };
        if (existing.IsSuccess)
        {
            slots[ExistingSlot] = existing.Value.Id;
        }

        if (served is { } app)
        {
            slots[SlotNames.Target] = app.Id;
            facts.Add(new Fact(BotText.Get(language, "ResourceAccount_Serves"), app.Name));
        }
        else
        {
            facts.Add(new Fact(BotText.Get(language, "ResourceAccount_Serves"),
                BotText.Get(language, kind == ResourceAccountKind.CallQueue ? "ResourceAccount_NoSuchQueue" : "ResourceAccount_NoSuchAttendant", name)));
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var title = existing.IsSuccess ? BotText.Get(language, "ResourceAccount_FinishPlanTitle", existing.Value.DisplayName) : BotText.Get(language, "ResourceAccount_PlanTitle");
        var plan = new PlanSummary(planId, title, facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var kind = Enum.Parse<ResourceAccountKind>(slots[SlotNames.ResourceType]);
        var created = slots.GetValueOrDefault(ExistingSlot) is { } existingId
            ? await accounts.GetAsync(turn.Actor, existingId, cancellationToken)
            : await accounts.CreateAsync(
                new CreateResourceAccount(turn.Actor, key.For("create"), slots[SlotNames.Upn], slots[SlotNames.Name], kind), cancellationToken);
        if (!created.IsSuccess)
        {
            return ActionResult.Failure(created.Error, language);
        }

        var account = created.Value;
        var licensed = account.License is not null
            ? Result<ResourceAccount>.Ok(account)
            : await accounts.LicenseAsync(new LicenseResourceAccount(turn.Actor, key.For("license"), account.Id, Sku.ResourceAccount), cancellationToken);
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "ResourceAccount_Name"), account.DisplayName),
            new(BotText.Get(language, "ResourceAccount_Upn"), account.Upn),
            new(BotText.Get(language, "ResourceAccount_Type"), TypeText(kind, language)),
        };
        if (!licensed.IsSuccess)
        {
            var partial = BotText.Get(language, "ResourceAccount_CreatedNotLicensed", account.DisplayName, licensed.Error.Describe(language));
            facts.Add(new Fact(BotText.Get(language, "ResourceAccount_License"), licensed.Error.Describe(language)));
            // Not all done: the plan stays pending, and confirming it again licenses the account it already created.
            return new ActionResult(partial, ResultCard.Build(new ResultSummary(partial, facts, BotText.Get(language, "ResourceAccount_LicenseHint")), language)) { Failed = true };
        }

        facts.Add(new Fact(BotText.Get(language, "ResourceAccount_License"), BotText.Get(language, "ResourceAccount_FreeLicense")));
        if (slots.GetValueOrDefault(SlotNames.Target) is { } target)
        {
            var associated = await associations.AssociateAsync(
                new AssociateResourceAccount(turn.Actor, key.For("associate"), account.Id, target), cancellationToken);
            facts.Add(new Fact(BotText.Get(language, "ResourceAccount_Serves"),
                associated.IsSuccess ? slots[SlotNames.Name] : associated.Error.Describe(language)));
        }

        var text = BotText.Get(language, "ResourceAccount_Created", account.DisplayName);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts, BotText.Get(language, "ResourceAccount_Next", account.DisplayName)), language));
    }

    /// <summary>The auto attendant or call queue of <paramref name="kind"/> named <paramref name="name"/> (ignoring case), if any.</summary>
    private async Task<(string Id, string Name)?> ServedAsync(FlowTurn turn, ResourceAccountKind kind, string name, CancellationToken cancellationToken)
    {
        if (kind == ResourceAccountKind.CallQueue)
        {
            var queue = await voiceApps.GetCallQueueAsync(turn.Actor, name, cancellationToken);
            return queue.IsSuccess ? (queue.Value.Id, queue.Value.Name) : null;
        }

        var attendant = await voiceApps.GetAutoAttendantAsync(turn.Actor, name, cancellationToken);
        return attendant.IsSuccess ? (attendant.Value.Id, attendant.Value.Name) : null;
    }

    private async Task<string> SuggestUpnAsync(FlowTurn turn, ResourceAccountKind kind, string name, CancellationToken cancellationToken)
    {
        var me = await directory.FindAsync(turn.Actor.Tenant, turn.Actor.UserId, cancellationToken);
        var domain = me.IsSuccess && me.Value.Upn.Split('@') is [_, var d] ? d : "contoso.com";
        var prefix = kind == ResourceAccountKind.CallQueue ? "cq" : "aa";
        var slug = new StringBuilder();
        foreach (var c in TextFolding.Fold(name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var local = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"{prefix}-{(local.Length == 0 ? "account" : local)}@{domain}";
    }

    // The two answers Kind understands, as buttons where the channel shows them.
    private static Task AskTypeAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        turn.SendQuestionAsync(
            BotText.Get(turn.Language, "ResourceAccount_WhichType"),
            [TypeText(ResourceAccountKind.CallQueue, turn.Language), TypeText(ResourceAccountKind.AutoAttendant, turn.Language)],
            cancellationToken);

    private static ResourceAccountKind? Kind(string text)
    {
        var folded = TextFolding.Fold(text);
        return folded.Contains("queue", StringComparison.Ordinal) || folded.Contains("file", StringComparison.Ordinal) ? ResourceAccountKind.CallQueue
            : folded.Contains("attendant", StringComparison.Ordinal) || folded.Contains("standard", StringComparison.Ordinal) ? ResourceAccountKind.AutoAttendant
            : null;
    }

    internal static string TypeText(ResourceAccountKind kind, Language language) =>
        BotText.Get(language, kind == ResourceAccountKind.CallQueue ? "ResourceAccount_CallQueue" : "ResourceAccount_AutoAttendant");
}
