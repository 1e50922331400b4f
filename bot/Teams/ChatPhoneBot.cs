using ChatPhone.Bot.Export;
using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Teams;

/// <summary>
/// The activity handler, kept thin: identify tenant and user, drop redeliveries, remember where the activity came
/// from (every contact, installation and "bot added" keeps the conversation reference current), run the turn through
/// the committer (state saved before anything is said), hand messages and card clicks to the routers, then let the
/// proactive sender deliver what waited for this person's next contact.
/// </summary>
public sealed class ChatPhoneBot(
    TurnIdentityResolver identities,
    IInboundLedger inbound,
    TurnCommitter committer,
    FlowStateStore flows,
    MessageRouter messages,
    ActionRouter actions,
    ConversationReferenceStore references,
    ProactiveSender sender,
    TeamsScriptUpload uploads) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        ChatPhoneMetrics.TurnHandled(activity.Type);
        // If the store fails, the error handler reads this to say truthfully whether anything may have changed.
        turnContext.TurnState.Set(ChangeWatch.Start());

        // The duplicate check and the flow state need only what the activity says: started with the identity lookup,
        // the three travel to the store together (one round trip instead of three).
        var origin = identities.Locate(activity);
        var claiming = origin is null || string.IsNullOrEmpty(activity.Id)
            ? Task.FromResult(true)
            : inbound.TryClaimAsync(origin.Tenant, origin.ConversationId, activity.Id, cancellationToken);
        var prefetched = origin is null ? null : flows.Prefetch(origin, cancellationToken);
        claiming.Observe();
        prefetched?.State.Observe();
        var resolved = await identities.ResolveAsync(turnContext, cancellationToken);
        if (!resolved.IsSuccess)
        {
            var language = LanguageDetector.Detect(activity.Text, activity.Locale);
            await turnContext.SendActivityAsync(BotText.Get(language, "Tenant_Invalid"), cancellationToken: cancellationToken);
            return;
        }

        var identity = resolved.Value;
        var claimed = await claiming;
        if (!claimed)
        {
            // A redelivered click still needs an invoke response, or Teams shows an error.
            if (activity.Type == ActivityTypes.Invoke)
            {
                await turnContext.SendActivityAsync(
                    new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200 } }, cancellationToken);
            }

            return;
        }

        if (!IsUninstall(activity))
        {
            var spoke = string.IsNullOrWhiteSpace(activity.Text) ? (Language?)null : identity.Language;
            await references.RememberAsync(identity, activity, spoke, cancellationToken);
        }

        try
        {
            await committer.RunAsync(turnContext, identity, async state =>
            {
                turnContext.TurnState.Set(new FlowTurn(turnContext, WithLanguage(identity, activity, state), state));
                await base.OnTurnAsync(turnContext, cancellationToken);
            }, cancellationToken, prefetched);
        }
        catch when (!string.IsNullOrEmpty(activity.Id))
        {
            // Let a redelivery of a failed turn run again.
            await inbound.ReleaseAsync(identity.Tenant, identity.ConversationId, activity.Id, CancellationToken.None);
            throw;
        }

        sender.SignalContact(identity.Tenant, identity.Actor.UserId);
        if (activity.Type == ActivityTypes.Invoke || activity.Value is not null)
        {
            // A click confirms changes, which may have queued messages (a new number's "tell your users"): send them now.
            sender.Signal(identity.Tenant);
        }
    }

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
        var data = invokeValue.Action?.Data as JObject ?? [];
        if (invokeValue.Action?.Verb is { Length: > 0 } verb && data["verb"] is null)
        {
            data["verb"] = verb;
        }

        var turn = Turn(turnContext);
        var result = await actions.RouteAsync(turn, data, cancellationToken);
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

    private static bool IsUninstall(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;

    private static FlowTurn Turn(ITurnContext turnContext) =>
        turnContext.TurnState.Get<FlowTurn>() ?? throw new InvalidOperationException("The turn was not started by ChatPhoneBot.");

    // Text decides the language and is remembered; a click (no text) answers in the remembered one.
    private static TurnIdentity WithLanguage(TurnIdentity identity, IActivity activity, FlowState state)
    {
        if (!string.IsNullOrWhiteSpace((activity as IMessageActivity)?.Text))
        {
            state.Language = identity.Language == Language.French ? "fr" : "en";
            return identity;
        }

        return state.Language is null ? identity : identity with { Language = LanguageExtensions.FromLocale(state.Language) };
    }
}
