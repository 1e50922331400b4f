using ChatPhone.Bot.Flows;
using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.State;
using ChatPhone.Core.Common;
using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// The order of every turn, in one place:
/// <list type="number">
/// <item><b>Identify</b> the tenant, conversation and sender the activity names, then who they are (role, language).</item>
/// <item><b>Claim</b> the activity, so that a redelivery runs nothing twice, and</item>
/// <item><b>prefetch</b> the conversation's flow state: both start with the identity lookup and travel to the store together.</item>
/// <item><b>Remember</b> where the activity came from (the conversation reference proactive messages are sent to).</item>
/// <item><b>Route</b>: the handler recognises a message or reads a click and runs the flow it names; then each
/// <see cref="ITurnFeature"/> follows it, inside the turn.</item>
/// <item><b>Commit</b>: everything said is held until the flow state is stored with its ETag (a conflict runs the turn again),</item>
/// <item><b>send</b> what was held, and run the <see cref="AfterSend"/> work the turn registered.</item>
/// <item><b>After the turn</b>, each feature again (the proactive messages that waited for this contact).</item>
/// </list>
/// A click's data is read into System.Text.Json once, here (<see cref="CardClick"/>), for every flow of the turn.
/// </summary>
public sealed class TurnPipeline(
    TurnIdentityResolver identities,
    IInboundLedger inbound,
    FlowStateStore flows,
    ConversationReferenceStore references,
    TurnCommitter committer,
    IEnumerable<ITurnFeature> features)
{
    private readonly ITurnFeature[] _features = features.ToArray();

    /// <summary>Runs one turn; <paramref name="route"/> handles the activity, its <see cref="FlowTurn"/> in the turn state.</summary>
    public async Task RunAsync(ITurnContext turnContext, Func<CancellationToken, Task> route, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        ChatPhoneMetrics.TurnHandled(activity.Type);
        // If the store fails, the error handler reads this to say truthfully whether anything may have changed.
        turnContext.TurnState.Set(ChangeWatch.Start());

        // 1–3. Identify, claim and prefetch: the claim and the flow state need only what the activity says.
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
        if (!await claiming)
        {
            await AnswerRedeliveryAsync(turnContext, cancellationToken);
            return;
        }

        // 4. Remember where the activity came from.
        if (!IsUninstall(activity))
        {
            var spoke = string.IsNullOrWhiteSpace(activity.Text) ? (Language?)null : identity.Language;
            await references.RememberAsync(identity, activity, spoke, cancellationToken);
        }

        // 5–7. Route inside the commit, then send.
        var click = CardClick.Read(activity);
        FlowTurn? turn = null;
        try
        {
            await committer.RunAsync(turnContext, identity, async state =>
            {
                turn = new FlowTurn(turnContext, WithLanguage(identity, activity, state), state) { Click = click };
                turnContext.TurnState.Set(turn);
                await route(cancellationToken);
                foreach (var feature in _features)
                {
                    await feature.RoutedAsync(turn, cancellationToken);
                }
            }, cancellationToken, prefetched);
        }
        catch when (!string.IsNullOrEmpty(activity.Id))
        {
            // Let a redelivery of a failed turn run again.
            await inbound.ReleaseAsync(identity.Tenant, identity.ConversationId, activity.Id, CancellationToken.None);
            throw;
        }

        // 8. After the turn.
        foreach (var feature in _features)
        {
            await feature.CompletedAsync(turn!, cancellationToken);
        }
    }

    // A redelivered click still needs an invoke response, or Teams shows an error.
    private static async Task AnswerRedeliveryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            await turnContext.SendActivityAsync(
                new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200 } }, cancellationToken);
        }
    }

    private static bool IsUninstall(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;

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
