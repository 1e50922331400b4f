using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.ResourceAccounts;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>
/// Resource accounts for <see cref="ObjectFlow"/>: "list the resource accounts", "show the resource account cq-sales",
/// "rename the resource account cq-sales to Sales line", "link the resource account cq-sales to the Support queue",
/// "license the resource account cq-sales", "delete the resource account cq-sales". A change or removal is a plan card;
/// what the sentence asks is read by <see cref="ResourceAccountChanges"/> and applied by <see cref="ResourceAccountPlans"/>.
/// Teams' rule on removal is checked before planning: an account with a number must have it released first.
/// </summary>
public sealed class ResourceAccountHandler(ResourceAccountService accounts, ResourceAccountViews views, ResourceAccountPlans plans) : IObjectHandler
{
    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.ResourceAccount;

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(actor, cancellationToken);
        if (!all.IsSuccess)
        {
            return all.Error;
        }

        return all.Value.Select(a => new NamedObject(a.Id, a.DisplayName, [a.Upn, a.Upn.Split('@')[0]])).ToArray();
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var all = await views.AllAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_None_ResourceAccount"), cancellationToken);
            return;
        }

        var show = BotText.Get(language, "RaObject_Show");
        await ListPages.SendAsync(turn, intent, ObjectKind.ResourceAccount, all.Value,
            page => ResourceAccountCards.List(page, a => ObjectButtons.Create(show, IntentKind.ShowObject, ObjectKind.ResourceAccount, a.Id), language),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        // "license the resource account cq-sales" and "link … to the Support queue" are read as "show" by the intent
        // model: an admin gets the plan the sentence asks for.
        if (turn.Actor.IsAdmin && intent.ObjectId() is null && ResourceAccountChanges.AsksForChange(intent.Text))
        {
            await ChangeAsync(turn, target, intent, cancellationToken);
            return;
        }

        var view = await views.OneAsync(turn.Actor, target.Id, cancellationToken);
        if (!view.IsSuccess)
        {
            await turn.SendTextAsync(view.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        await turn.SendCardAsync(ResourceAccountCards.Detail(view.Value, Buttons(turn, view.Value.Account), turn.Language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var view = await views.OneAsync(turn.Actor, target.Id, cancellationToken);
        if (!view.IsSuccess)
        {
            await turn.SendTextAsync(view.Error.Describe(language), cancellationToken);
            return;
        }

        var account = view.Value.Account;
        var change = await ResourceAccountChanges.ReadAsync(turn, account, target, intent.Text, views, cancellationToken);
        switch (change)
        {
            case ResourceAccountChange.Rename rename:
                await plans.PlanRenameAsync(turn, account, rename.DisplayName, cancellationToken);
                break;
            case ResourceAccountChange.Link link:
                await plans.PlanLinkAsync(turn, view.Value, link.TargetId, link.TargetName, cancellationToken);
                break;
            case ResourceAccountChange.ReleaseNumber:
                await plans.PlanReleaseNumberAsync(turn, account, cancellationToken);
                break;
            case ResourceAccountChange.Unlink:
                await plans.PlanUnlinkAsync(turn, view.Value, cancellationToken);
                break;
            case ResourceAccountChange.License license:
                await plans.PlanLicenseAsync(turn, account, license.Sku, cancellationToken);
                break;
            case ResourceAccountChange.Refused refused:
                await turn.SendTextAsync(refused.Reason, cancellationToken);
                break;
            default:
                // Nothing to change in the sentence (or the Edit button): the form, prefilled with today's values.
                if (!string.IsNullOrWhiteSpace(intent.Text))
                {
                    await turn.SendTextAsync(BotText.Get(language, "RaObject_WhatToChange", account.DisplayName), cancellationToken);
                }

                await turn.SendCardAsync(ResourceAccountCards.Edit(account, language), cancellationToken);
                break;
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var view = await views.OneAsync(turn.Actor, target.Id, cancellationToken);
        if (!view.IsSuccess)
        {
            await turn.SendTextAsync(view.Error.Describe(language), cancellationToken);
            return;
        }

        var account = view.Value.Account;
        if (intent.ObjectId() is null && ResourceAccountChanges.AsksToReleaseNumber(intent.Text))
        {
            // "remove the number from the resource account cq-sales": the number goes, the account stays.
            await plans.PlanReleaseNumberAsync(turn, account, cancellationToken);
            return;
        }

        if (account.Number is { } number)
        {
            // Teams: a resource account deleted with its number can get stuck in pending; the number goes first.
            // The account's card comes with the refusal: its "Release the number" button is the way out.
            await turn.SendTextAsync(BotText.Get(language, "RaObject_RemoveHasNumber", account.DisplayName, number), cancellationToken);
            await turn.SendCardAsync(ResourceAccountCards.Detail(view.Value, Buttons(turn, account), language), cancellationToken);
            return;
        }

        if (account.AssociatedWith is not null)
        {
            var serves = view.Value.ServesName ?? account.AssociatedWith;
            await turn.SendTextAsync(BotText.Get(language, "RaObject_RemoveLinked", account.DisplayName, serves, account.Upn), cancellationToken);
            return;
        }

        await plans.PlanRemoveAsync(turn, account, cancellationToken);
    }

    /// <summary>Edit, License (while it has none) and Remove for admins; helpdesk people only read.</summary>
    internal static IReadOnlyList<CardAction> Buttons(FlowTurn turn, ResourceAccount account)
    {
        if (!turn.Actor.IsAdmin)
        {
            return [];
        }

        var language = turn.Language;
        var buttons = new List<CardAction>
        {
            ObjectButtons.Create(BotText.Get(language, "RaObject_Edit"), IntentKind.ChangeObject, ObjectKind.ResourceAccount, account.Id),
        };
        if (!account.IsLicensed)
        {
            buttons.Add(new CardAction(
                BotText.Get(language, "RaObject_License"),
                ResourceAccountActionPayload.Verb,
                CardPayloads.Write(new ResourceAccountActionPayload(ResourceAccountActionPayload.License, account.Id, account.DisplayName))));
        }

        if (account.Number is not null)
        {
            buttons.Add(new CardAction(
                BotText.Get(language, "RaObject_ReleaseNumber"),
                ResourceAccountActionPayload.Verb,
                CardPayloads.Write(new ResourceAccountActionPayload(ResourceAccountActionPayload.ReleaseNumber, account.Id, account.DisplayName))));
        }

        buttons.Add(ObjectButtons.Create(BotText.Get(language, "RaObject_Remove"), IntentKind.RemoveObject, ObjectKind.ResourceAccount, account.Id));
        buttons.Add(ObjectButtons.Export(language, ObjectKind.ResourceAccount, account.Id));
        return buttons;
    }
}
