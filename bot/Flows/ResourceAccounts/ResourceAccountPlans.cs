using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Cards.ResourceAccounts;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>
/// The plan cards of resource account changes (rename, link, unlink, license, release the number, remove) and their
/// Confirm, plus the buttons of the detail card and edit form (License, Review the change). Each plan keeps the account's
/// id and the display name the admin saw: confirming after the account was renamed or removed meanwhile is refused.
/// </summary>
public sealed class ResourceAccountPlans(ResourceAccountService accounts, ResourceAccountAssociationService associations, ResourceAccountViews views)
    : IPlannedFlow, IActionFlow
{
    private const string ActionSlot = "action";
    private const string AccountSlot = "accountId";
    private const string ExpectedSlot = "expected";
    private const string ValueSlot = "value";
    private const string Rename = "rename";
    private const string Link = "link";
    private const string Unlink = "unlink";
    private const string License = "license";
    private const string ReleaseNumber = "releaseNumber";
    private const string Remove = "remove";

    /// <inheritdoc />
    public string Name => "resourceaccount.object";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [ResourceAccountActionPayload.Verb];

    /// <summary>Plans a new display name.</summary>
    public Task PlanRenameAsync(FlowTurn turn, ResourceAccount account, string displayName, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var name = ResourceAccountRules.DisplayName(displayName);
        if (!name.IsSuccess)
        {
            return turn.SendTextAsync(name.Error.Describe(language), cancellationToken);
        }

        if (name.Value == account.DisplayName)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_SameName", account.DisplayName), cancellationToken);
        }

        return PlanAsync(turn, account, Rename, name.Value, BotText.Get(language, "RaObject_RenameTitle", account.DisplayName),
            [new Fact(BotText.Get(language, "RaObject_DisplayName"), $"{account.DisplayName} → {name.Value}")], cancellationToken);
    }

    /// <summary>Plans serving an auto attendant or call queue.</summary>
    public Task PlanLinkAsync(FlowTurn turn, ResourceAccountView view, string targetId, string targetName, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var account = view.Account;
        if (account.AssociatedWith == targetId)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_AlreadyLinked", account.DisplayName, targetName), cancellationToken);
        }

        if (account.AssociatedWith is not null)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_LinkedElsewhere", account.DisplayName, view.ServesName ?? account.AssociatedWith), cancellationToken);
        }

        if (!account.IsLicensed)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_LinkNeedsLicense", account.DisplayName, account.Upn.Split('@')[0]), cancellationToken);
        }

        return PlanAsync(turn, account, Link, targetId, BotText.Get(language, "RaObject_LinkTitle", account.DisplayName, targetName),
            [new Fact(BotText.Get(language, "RaObject_Serves"), $"{BotText.Get(language, "RaObject_Nothing")} → {targetName}")], cancellationToken);
    }

    /// <summary>Plans serving nothing any more.</summary>
    public Task PlanUnlinkAsync(FlowTurn turn, ResourceAccountView view, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var serves = view.ServesName ?? view.Account.AssociatedWith ?? string.Empty;
        return PlanAsync(turn, view.Account, Unlink, serves, BotText.Get(language, "RaObject_UnlinkTitle", view.Account.DisplayName, serves),
            [new Fact(BotText.Get(language, "RaObject_Serves"), $"{serves} → {BotText.Get(language, "RaObject_Nothing")}")], cancellationToken);
    }

    /// <summary>Plans a license (one unit of the tenant's subscription; a swap releases the old unit in the same change).</summary>
    public Task PlanLicenseAsync(FlowTurn turn, ResourceAccount account, Sku sku, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (account.License == sku)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_AlreadyLicensed", account.DisplayName, SkuText.Name(sku, language)), cancellationToken);
        }

        return PlanAsync(turn, account, License, sku.ToString(), BotText.Get(language, "RaObject_LicenseTitle", account.DisplayName),
            [
                new Fact(BotText.Get(language, "RaObject_License"), $"{ResourceAccountCards.License(account, language)} → {SkuText.Name(sku, language)}"),
                new Fact(BotText.Get(language, "RaObject_Subscription"), BotText.Get(language, "RaObject_LicenseUnit", SkuText.Name(sku, language))),
            ], cancellationToken);
    }

    /// <summary>Plans taking the account's number back into the inventory (unassigned), as Teams needs before a removal.</summary>
    public Task PlanReleaseNumberAsync(FlowTurn turn, ResourceAccount account, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (account.Number is not { } number)
        {
            return turn.SendTextAsync(BotText.Get(language, "RaObject_NoNumber", account.DisplayName), cancellationToken);
        }

        return PlanAsync(turn, account, ReleaseNumber, number, BotText.Get(language, "RaObject_ReleaseTitle", number, account.DisplayName),
            [new Fact(BotText.Get(language, "RaObject_Number"), $"{number} → {BotText.Get(language, "RaObject_BackInInventory")}")], cancellationToken);
    }

    /// <summary>Plans the removal (the caller checked Teams' rules: no number, serves nothing).</summary>
    public Task PlanRemoveAsync(FlowTurn turn, ResourceAccount account, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "RaObject_Account"), $"{account.DisplayName} ({account.Upn})"),
            new(BotText.Get(language, "RaObject_Type"), ResourceAccountCards.Type(account.Kind, language)),
        };
        if (account.License is { } sku)
        {
            facts.Add(new Fact(BotText.Get(language, "RaObject_License"), BotText.Get(language, "RaObject_LicenseFreed", SkuText.Name(sku, language))));
        }

        return PlanAsync(turn, account, Remove, account.Id, BotText.Get(language, "RaObject_RemoveTitle", account.DisplayName), facts, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[AccountSlot];
        var expected = slots[ExpectedSlot];
        var value = slots[ValueSlot];
        var current = await accounts.GetAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return current.Error.Code == "resource_account.not_found"
                ? new ActionResult(BotText.Get(language, "RaObject_Gone", expected)) { Failed = true }
                : ActionResult.Failure(current.Error, language);
        }

        // Renamed meanwhile: what the admin confirmed was planned on another name. (A rename checks it again atomically.)
        if (current.Value.DisplayName != expected && current.Value.DisplayName != value)
        {
            return ActionResult.Failure(new Error("resource_account.changed_since_planned", current.Value.Upn, current.Value.DisplayName), language);
        }

        var action = slots[ActionSlot];
        var result = action switch
        {
            Rename => await accounts.RenameAsync(new RenameResourceAccount(turn.Actor, key, id, value, expected), cancellationToken),
            Link => await associations.AssociateAsync(new AssociateResourceAccount(turn.Actor, key, id, value), cancellationToken),
            Unlink => await associations.DisassociateAsync(new DisassociateResourceAccount(turn.Actor, key, id), cancellationToken),
            License => await accounts.LicenseAsync(new LicenseResourceAccount(turn.Actor, key, id, Enum.Parse<Sku>(value)), cancellationToken),
            ReleaseNumber => await accounts.UnassignNumberAsync(new UnassignResourceAccountNumber(turn.Actor, key, id), cancellationToken),
            _ => await accounts.DeleteAsync(new DeleteResourceAccount(turn.Actor, key, id), cancellationToken),
        };
        if (!result.IsSuccess)
        {
            return ActionResult.Failure(result.Error, language);
        }

        var text = BotText.Get(language, "RaObject_Done_" + action, result.Value.DisplayName, expected);
        if (action == Remove)
        {
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text, [new Fact(BotText.Get(language, "RaObject_Account"), result.Value.Upn)]), language));
        }

        var view = await views.OneAsync(turn.Actor, id, cancellationToken);
        return view.IsSuccess
            ? new ActionResult(text, ResourceAccountCards.Detail(view.Value, ResourceAccountHandler.Buttons(turn, view.Value.Account), language))
            : new ActionResult(text);
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var payload = CardPayloads.Read<ResourceAccountActionPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (!turn.Actor.IsAdmin)
        {
            return new ActionResult(new Error("auth.admin_required").Describe(language));
        }

        // Looked up in the clicker's own tenant: a forged id finds nothing there.
        var view = await views.OneAsync(turn.Actor, payload.Value.AccountId, cancellationToken);
        if (!view.IsSuccess)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_ResourceAccount"));
        }

        var account = view.Value.Account;
        if (account.DisplayName != payload.Value.Expected)
        {
            return new ActionResult(new Error("resource_account.changed_since_planned", account.Upn, account.DisplayName).Describe(language));
        }

        switch (payload.Value.Action)
        {
            case ResourceAccountActionPayload.License:
                await PlanLicenseAsync(turn, account, Sku.ResourceAccount, cancellationToken);
                break;
            case ResourceAccountActionPayload.ReleaseNumber:
                await PlanReleaseNumberAsync(turn, account, cancellationToken);
                break;
            case ResourceAccountActionPayload.Rename:
                var name = data.TryGetProperty(ResourceAccountActionPayload.DisplayNameInput, out var input) && input.ValueKind == JsonValueKind.String
                    ? input.GetString() ?? string.Empty
                    : string.Empty;
                await PlanRenameAsync(turn, account, name, cancellationToken);
                break;
            default:
                return ActionRouter.Failed(turn, new Error("card.unknown_action"));
        }

        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanAsync(
        FlowTurn turn, ResourceAccount account, string action, string value, string title, IReadOnlyList<Fact> changes, CancellationToken cancellationToken)
    {
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = action,
            [AccountSlot] = account.Id,
            [ExpectedSlot] = account.DisplayName,
            [ValueSlot] = value,
        });
        var facts = new List<Fact> { new(BotText.Get(turn.Language, "RaObject_Account"), $"{account.DisplayName} ({account.Upn})") };
        facts.AddRange(changes.Where(c => c.Title != facts[0].Title));
        await turn.SendCardAsync(PlanCard.Build(new PlanSummary(planId, title, facts), key, turn.Language), cancellationToken);
    }
}
