using ChatPhone.Bot.Export;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.AdaptiveCards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace ChatPhone.Bot.Teams;

/// <summary>
/// The activity handler: the Teams adapter between the Bot Framework's activity types and ChatPhone's routers. The order
/// of a turn (identify, claim, prefetch, remember, route, commit, send, after the turn) is <see cref="TurnPipeline"/>'s;
/// this only says where each kind of activity goes: messages to the message router, card clicks to the action router,
/// file consent answers to the script upload.
/// </summary>
public sealed class ChatPhoneBot(
    TurnPipeline pipeline,
    MessageRouter messages,
    ActionRouter actions,
    ConversationReferenceStore references,
    TeamsScriptUpload uploads) : TeamsActivityHandler
{
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        pipeline.RunAsync(turnContext, token => base.OnTurnAsync(turnContext, token), cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        references.ForgetAsync(Turn(turnContext).Identity, turnContext.Activity, cancellationToken);

    // Nothing is done per added member (every activity already keeps the conversation reference current), so the
    // connector is not asked about each one: the framework would, and a member it does not know failed the turn.
    protected override Task OnTeamsMembersAddedDispatchAsync(
        IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        messages.RouteAsync(Turn(turnContext), cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var turn = Turn(turnContext);
        var result = await actions.RouteAsync(turn, cancellationToken);
        if (!result.Quiet)
        {
            await turn.SendTextAsync(result.Text, cancellationToken);
        }

        return result.Replacement is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCard.ContentType, Value = card.ToAttachment(turn).Content }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = result.Text };
    }

    protected override Task OnTeamsFileConsentAcceptAsync(
        ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        uploads.AcceptAsync(Turn(turnContext), fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(
        ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        uploads.DeclineAsync(Turn(turnContext), cancellationToken);

    private static FlowTurn Turn(ITurnContext turnContext) =>
        turnContext.TurnState.Get<FlowTurn>() ?? throw new InvalidOperationException("The turn was not started by the TurnPipeline.");
}
