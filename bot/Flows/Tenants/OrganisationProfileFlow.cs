using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Tenants;
using ChatPhone.Core.Common;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Flows.Tenants;

/// <summary>
/// The organisation profile by chat: "our company is called Fabrikam", "set our default country to France",
/// "our billing currency is EUR" save what they say; "show our organisation profile" (or a sentence that gives
/// nothing usable) shows the profile form. The setup asks for it once, when an admin starts it and none is stored.
/// </summary>
public sealed class OrganisationProfileFlow(ProfileService profiles) : IIntentFlow, IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SetOrganisationProfile, IntentKind.ShowOrganisationProfile];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [SaveProfilePayload.Verb, SkipProfilePayload.Verb];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
            return;
        }

        var name = intent.Slots.GetValueOrDefault(SlotNames.OrganisationName);
        var country = intent.Slots.GetValueOrDefault(SlotNames.Country);
        var currency = intent.Slots.GetValueOrDefault(SlotNames.Currency);
        if (intent.Kind == IntentKind.ShowOrganisationProfile || (name, country, currency) is (null, null, null))
        {
            var stored = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
            await turn.SendCardAsync(ProfileCard.Build(stored.IsSuccess ? stored.Value : null, IdempotencyKey.New().Value, turn.Language), cancellationToken);
            return;
        }

        // A redelivered message has the same activity id: the same key makes it apply once.
        var key = IdempotencyKey.TryCreate("profile:" + (turn.Context.Activity.Id ?? Guid.NewGuid().ToString("N")));
        var saved = await profiles.SetAsync(new SetProfile(turn.Actor, key.IsSuccess ? key.Value : IdempotencyKey.New(), name, country, currency), cancellationToken);
        await SendOutcomeAsync(turn, saved, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (verb == SkipProfilePayload.Verb)
        {
            var skip = CardPayloads.Read<SkipProfilePayload>(data);
            var skipKey = skip.IsSuccess ? IdempotencyKey.TryCreate(skip.Value.IdempotencyKey + ":skip") : skip.Error!;
            if (!skipKey.IsSuccess)
            {
                return ActionRouter.Failed(turn, skipKey.Error);
            }

            var skipped = await profiles.SkipAsync(new SkipProfile(turn.Actor, skipKey.Value), cancellationToken);
            return new ActionResult(skipped.IsSuccess ? BotText.Get(language, "Profile_Skipped") : skipped.Error.Describe(language));
        }

        var payload = CardPayloads.Read<SaveProfilePayload>(data);
        var key = payload.IsSuccess ? IdempotencyKey.TryCreate(payload.Value.IdempotencyKey) : payload.Error!;
        if (!key.IsSuccess)
        {
            return ActionRouter.Failed(turn, key.Error);
        }

        string? In(string id) => CardInputs.Value(data, id) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        var saved = await profiles.SetAsync(new SetProfile(turn.Actor, key.Value, In(ProfileInputs.Name), In(ProfileInputs.Country), In(ProfileInputs.Currency)), cancellationToken);
        return saved.IsSuccess
            ? new ActionResult(BotText.Get(language, "Profile_Saved"), ProfileCard.Build(saved.Value, IdempotencyKey.New().Value, language))
            : new ActionResult(saved.Error.Describe(language));
    }

    /// <summary>For an admin starting the setup with no profile stored: asks for the organisation's name (skippable), once.</summary>
    public async Task AskIfMissingAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Actor.IsAdmin && !(await profiles.GetAsync(turn.Actor.Tenant, cancellationToken)).IsSuccess)
        {
            await turn.SendCardAsync(ProfileCard.Build(null, IdempotencyKey.New().Value, turn.Language, asking: true), cancellationToken);
        }
    }

    private static async Task SendOutcomeAsync(FlowTurn turn, Result<TenantProfile> saved, CancellationToken cancellationToken)
    {
        if (!saved.IsSuccess)
        {
            await turn.SendTextAsync(saved.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Profile_Saved"), cancellationToken);
        await turn.SendCardAsync(ProfileCard.Build(saved.Value, IdempotencyKey.New().Value, turn.Language), cancellationToken);
    }
}
