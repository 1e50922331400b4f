using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// The helpdesk channel as an object (one per tenant): show which conversation receives new tickets, change (to the
/// channel or group chat this is said in, like "use this channel for helpdesk tickets") and remove (stop posting tickets
/// to a channel). Both end at a plan card, and Confirm applies only if the channel is still the one planned against.
/// The channel is a conversation reference kept in the bot's state, not a core document: each change is recorded in the
/// audit trail after it is written (who moved or stopped it, from which conversation to which), and an undo refuses it
/// with what to say instead.
/// </summary>
public sealed class HelpdeskChannelHandler(ConversationReferenceStore references, IAuditLog audit, TimeProvider clock) : IObjectHandler, IPlannedFlow
{
    private const string AuditTarget = "helpdesk_channel:channel";
    private const string ObjectId = "helpdesk-channel";
    private const string OperationSlot = "helpdesk.op";
    private const string SeenSlot = "helpdesk.seen";
    private const string Stop = "stop";
    private const string None = "none";

    private static readonly string[] KindWords =
        ["helpdesk channel", "support channel", "ticket channel", "canal du support", "canal de support", "canal des tickets", "canal du helpdesk"];

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.HelpdeskChannel;

    /// <inheritdoc />
    public string Name => "objects.helpdeskchannel";

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        return await references.FindHelpdeskAsync(actor.Tenant, cancellationToken) is not null
            ? new[] { new NamedObject(ObjectId, BotText.Get(Language.English, "ObjectKind_HelpdeskChannel"), KindWords) }
            : Array.Empty<NamedObject>();
    }

    /// <inheritdoc />
    public Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        ShowAsync(turn, new NamedObject(ObjectId, ObjectId), intent, cancellationToken);

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await ChannelAsync(turn, cancellationToken) is not { } channel)
        {
            return;
        }

        var here = channel.Reference.ConversationId == turn.Context.Activity.Conversation?.Id;
        var buttons = new List<CardAction>();
        if (turn.Actor.IsAdmin)
        {
            if (!here && IsShared(turn.Context.Activity.Conversation))
            {
                buttons.Add(ObjectButtons.Create(BotText.Get(language, "SvcObj_UseHere"), IntentKind.ChangeObject, Kind, ObjectId));
            }

            buttons.Add(ObjectButtons.Create(BotText.Get(language, "SvcObj_StopChannel"), IntentKind.RemoveObject, Kind, ObjectId));
        }

        var facts = new List<Fact>
        {
            new(BotText.Get(language, "SvcObj_Conversation"), here ? BotText.Get(language, "SvcObj_ThisConversation") : CardLists(channel.Reference.ConversationId)),
            new(BotText.Get(language, "SvcObj_ConversationType"), BotText.Get(language, channel.Reference.ConversationType == "channel" ? "SvcObj_TypeChannel" : "SvcObj_TypeGroup")),
            new(BotText.Get(language, "SvcObj_TicketLanguage"), BotText.Get(language, channel.Language == "fr" ? "SvcObj_French" : "SvcObj_English")),
        };
        var detail = new DetailSummary(BotText.Get(language, "SvcObj_ChannelTitle"), facts, buttons)
        {
            Notes = here || !turn.Actor.IsAdmin ? [] : [BotText.Get(language, "SvcObj_ChannelMoveHint")],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await ChannelAsync(turn, cancellationToken) is not { } channel)
        {
            return;
        }

        if (!IsShared(turn.Context.Activity.Conversation))
        {
            await turn.SendTextAsync(BotText.Get(language, "Helpdesk_ChannelOnly"), cancellationToken);
            return;
        }

        if (channel.Reference.ConversationId == turn.Context.Activity.Conversation?.Id)
        {
            await turn.SendTextAsync(BotText.Get(language, "SvcObj_ChannelAlreadyHere"), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = "move",
            [SeenSlot] = channel.Reference.ConversationId,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_ChannelMoveTitle"),
        [
            new Fact(BotText.Get(language, "SvcObj_Conversation"), $"{CardLists(channel.Reference.ConversationId)} → {BotText.Get(language, "SvcObj_ThisConversation")}"),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await ChannelAsync(turn, cancellationToken) is not { } channel)
        {
            return;
        }

        var here = channel.Reference.ConversationId == turn.Context.Activity.Conversation?.Id;
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [OperationSlot] = Stop,
            [SeenSlot] = channel.Reference.ConversationId,
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "SvcObj_ChannelStopTitle"),
        [
            new Fact(BotText.Get(language, "SvcObj_Conversation"), here ? BotText.Get(language, "SvcObj_ThisConversation") : CardLists(channel.Reference.ConversationId)),
        ])
        {
            Warnings = [BotText.Get(language, "SvcObj_ChannelStopWarning")],
            ConfirmLabel = BotText.Get(language, "SvcObj_StopChannel"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var now = await references.FindHelpdeskAsync(turn.Identity.Tenant, cancellationToken);
        if ((now?.Reference.ConversationId ?? None) != slots.GetValueOrDefault(SeenSlot))
        {
            return new ActionResult(BotText.Get(language, "SvcObj_ChannelChangedMeanwhile")) { Failed = true };
        }

        if (slots.GetValueOrDefault(OperationSlot) == Stop)
        {
            await references.ForgetHelpdeskChannelAsync(turn.Identity.Tenant, cancellationToken);
            await RecordAsync(turn, AuditActions.Helpdesk.ChannelStop, now?.Reference.ConversationId, after: null, cancellationToken);
            return new ActionResult(BotText.Get(language, "SvcObj_ChannelStopped"));
        }

        await SetHereAsync(turn, now, cancellationToken);
        return new ActionResult(BotText.Get(language, "Helpdesk_ChannelSet"));
    }

    /// <summary>Makes the conversation of this turn the helpdesk channel (tickets in the turn's language), audited.</summary>
    public async Task SetHereAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        await SetHereAsync(turn, await references.FindHelpdeskAsync(turn.Identity.Tenant, cancellationToken), cancellationToken);

    private async Task SetHereAsync(FlowTurn turn, HelpdeskChannel? before, CancellationToken cancellationToken)
    {
        var here = turn.Context.Activity.GetConversationReference();
        await references.SaveHelpdeskChannelAsync(turn.Identity.Tenant, here, turn.Language, cancellationToken);
        await RecordAsync(turn, AuditActions.Helpdesk.ChannelSet, before?.Reference.ConversationId, here.Conversation?.Id, cancellationToken);
    }

    // The bot's state has no transaction with the audit trail: the entry follows the write it describes.
    private Task RecordAsync(FlowTurn turn, string action, string? before, string? after, CancellationToken cancellationToken) =>
        audit.RecordAsync(turn.Identity.Tenant, Audits.Applied(turn.Actor, clock.GetUtcNow(), action, AuditTarget, Conversation(before), Conversation(after)), cancellationToken);

    private static string? Conversation(string? id) =>
        id is null ? null : System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["conversationId"] = id });

    private static bool IsShared(Microsoft.Bot.Schema.ConversationAccount? conversation) =>
        conversation?.IsGroup == true || conversation?.ConversationType is "channel" or "groupChat";

    private static string CardLists(string conversationId) => conversationId.Length <= 40 ? conversationId : conversationId[..39] + "…";

    private async Task<HelpdeskChannel?> ChannelAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (await references.FindHelpdeskAsync(turn.Identity.Tenant, cancellationToken) is { } channel)
        {
            return channel;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_None_HelpdeskChannel"), cancellationToken);
        return null;
    }
}
