using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Conferencing;

/// <summary>
/// Step 6 by chat: "set up audio conferencing" (the bridge gets the shared numbers of the admin's usage
/// location, or of the country they name when asked) and "set the PIN length to 6" (current → new).
/// Both show a plan card and change nothing before the confirm.
/// </summary>
public sealed class ConferencingFlow(
    ConferencingService conferencing, IDirectoryStore directory, AvailabilityService availability, LicensingService licensing)
    : IIntentFlow, IPlannedFlow, IQuestionFlow
{
    private const string ActionSlot = "action";
    private const string CountryQuestion = "conferencing.country";
    private const string OrganizersSlot = "organizers";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SetupConferencing, IntentKind.SetPinLength];

    /// <inheritdoc />
    public string Name => "conferencing";

    /// <inheritdoc />
    string IQuestionFlow.Name => CountryQuestion;

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(turn.Language), cancellationToken);
            return;
        }

        if (intent.Kind == IntentKind.SetPinLength)
        {
            await PlanPinLengthAsync(turn, intent.Slots.GetValueOrDefault(SlotNames.PinLength), cancellationToken);
            return;
        }

        var bridge = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
        var newOrganizers = await NewOrganizersAsync(turn, cancellationToken);
        if (bridge.IsSuccess && newOrganizers.Count > 0)
        {
            await PlanOrganizersAsync(turn, newOrganizers, cancellationToken);
            return;
        }

        if (bridge.IsSuccess)
        {
            turn.State.ClearFlow();
            await turn.SendTextAsync(BotText.Get(turn.Language, "Conferencing_AlreadyOn"), cancellationToken);
            await turn.SendCardAsync(ResultCard.Build(BridgeResult(bridge.Value, turn.Language), turn.Language), cancellationToken);
            return;
        }

        var country = intent.Slots.GetValueOrDefault(SlotNames.Country);
        if (country is null)
        {
            var me = await directory.FindAsync(turn.Actor.Tenant, turn.Actor.UserId, cancellationToken);
            country = me.IsSuccess && IsoCountries.IsValid(me.Value.UsageLocation) ? me.Value.UsageLocation : null;
        }

        if (country is null)
        {
            turn.State.ClearFlow();
            turn.State.PendingFlow = CountryQuestion;
            await turn.SendTextAsync(BotText.Get(turn.Language, "Conferencing_WhichCountry"), cancellationToken);
            return;
        }

        await PlanEnableAsync(turn, country, newOrganizers, cancellationToken);
    }

    /// <inheritdoc />
    public async Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken)
    {
        var found = availability.Catalog.Find(text);
        if (!found.IsSuccess)
        {
            // Keep the question open: the person may simply retype the country.
            await turn.SendTextAsync(found.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        await PlanEnableAsync(turn, found.Value.Iso, await NewOrganizersAsync(turn, cancellationToken), cancellationToken);
    }

    /// <summary>People holding an Audio Conferencing license who are not organizers yet: the guide enables them with the bridge.</summary>
    private async Task<IReadOnlyList<Person>> NewOrganizersAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var organizers = await conferencing.ListOrganizersAsync(turn.Actor, cancellationToken);
        var already = organizers.IsSuccess ? organizers.Value.Select(o => o.UserId).ToHashSet() : [];
        var licensed = await licensing.LicensedPeopleAsync(turn.Actor.Tenant, cancellationToken);
        var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId);
        return licensed.Where(l => l.HasAudioConferencing && !already.Contains(l.UserId) && people.ContainsKey(l.UserId))
            .Select(l => people[l.UserId])
            .ToArray();
    }

    private async Task PlanEnableAsync(FlowTurn turn, string country, IReadOnlyList<Person> organizers, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var name = availability.Catalog.Get(country) is { IsSuccess: true } c ? c.Value.Name(language) : country;
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = "enable",
            [SlotNames.Country] = country,
            [OrganizersSlot] = string.Join(',', organizers.Select(p => p.AadObjectId)),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Conferencing_EnablePlanTitle"),
        [
            new Fact(BotText.Get(language, "Conferencing_Bridge"), DisplayNames.BridgeName(ConferenceBridge.DefaultName, language)),
            new Fact(BotText.Get(language, "Conferencing_SharedNumbersOf"), name),
            new Fact(BotText.Get(language, "Conferencing_Organizers"), Names(organizers, language)),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private async Task PlanOrganizersAsync(FlowTurn turn, IReadOnlyList<Person> organizers, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = "organizers",
            [OrganizersSlot] = string.Join(',', organizers.Select(p => p.AadObjectId)),
        });
        var plan = new PlanSummary(planId, BotText.Get(language, "Conferencing_OrganizersPlanTitle"),
            [new Fact(BotText.Get(language, "Conferencing_Organizers"), Names(organizers, language))]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private static string Names(IReadOnlyList<Person> people, Language language) =>
        people.Count == 0 ? BotText.Get(language, "Conferencing_NoOrganizers") : string.Join(", ", people.Select(p => p.DisplayName));

    /// <summary>Enables each planned organizer, each with its own key derived from the card's, so a replay enables none twice.</summary>
    private async Task<(int Enabled, Error? Failure)> EnableOrganizersAsync(
        FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var enabled = 0;
        foreach (var id in slots.GetValueOrDefault(OrganizersSlot, string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var result = await conferencing.EnableOrganizerAsync(new EnableOrganizer(turn.Actor, key.For($"org:{id}"), UserId.Parse(id)), cancellationToken);
            if (!result.IsSuccess)
            {
                return (enabled, result.Error);
            }

            enabled++;
        }

        return (enabled, null);
    }

    private async Task PlanPinLengthAsync(FlowTurn turn, string? wanted, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            await turn.SendTextAsync(BotText.Get(language, "Conferencing_PinHowLong", ConferencingRules.MinPinLength, ConferencingRules.MaxPinLength), cancellationToken);
            return;
        }

        // The core's own rule and message, in the person's language, before anything is planned.
        var valid = ConferencingRules.PinLength(length);
        if (!valid.IsSuccess)
        {
            await turn.SendTextAsync(valid.Error.Describe(language), cancellationToken);
            return;
        }

        var settings = await conferencing.GetSettingsAsync(turn.Actor, cancellationToken);
        if (!settings.IsSuccess)
        {
            await turn.SendTextAsync(settings.Error.Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [ActionSlot] = "pin",
            [SlotNames.PinLength] = length.ToString(CultureInfo.InvariantCulture),
        });
        var culture = language.Culture();
        var plan = new PlanSummary(planId, BotText.Get(language, "Conferencing_PinPlanTitle"),
        [
            new Fact(BotText.Get(language, "Conferencing_PinLength"),
                BotText.Get(language, "Conferencing_FromTo", settings.Value.PinLength.ToString(culture), length.ToString(culture))),
        ]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (slots.GetValueOrDefault(ActionSlot) == "pin")
        {
            var length = int.Parse(slots[SlotNames.PinLength], CultureInfo.InvariantCulture);
            var updated = await conferencing.UpdateSettingsAsync(new UpdateConferencingSettings(turn.Actor, key, PinLength: length), cancellationToken);
            if (!updated.IsSuccess)
            {
                return ActionResult.Failure(updated.Error, language);
            }

            var text = BotText.Get(language, "Conferencing_PinDone", updated.Value.PinLength);
            return new ActionResult(text, ResultCard.Build(new ResultSummary(text,
                [new Fact(BotText.Get(language, "Conferencing_PinLength"), updated.Value.PinLength.ToString(language.Culture()))],
                BotText.Get(language, "Conferencing_PinNext")), language));
        }

        if (slots.GetValueOrDefault(ActionSlot) == "enable")
        {
            var enabled = await conferencing.EnableAsync(new EnableConferencing(turn.Actor, key, slots[SlotNames.Country]), cancellationToken);
            if (!enabled.IsSuccess)
            {
                return ActionResult.Failure(enabled.Error, language, Hint(enabled.Error, language));
            }
        }

        var (organizers, failure) = await EnableOrganizersAsync(turn, slots, key, cancellationToken);
        if (failure is not null)
        {
            return ActionResult.Failure(failure, language);
        }

        var bridge = await conferencing.GetBridgeAsync(turn.Actor, cancellationToken);
        var summary = bridge.IsSuccess
            ? BridgeResult(bridge.Value, language)
            : new ResultSummary(BotText.Get(language, "Conferencing_Enabled"), [], BotText.Get(language, "Conferencing_Next"));
        var said = BotText.Get(language, "Conferencing_Enabled") + " " + BotText.Get(language, "Conferencing_OrganizersEnabled", organizers);
        return new ActionResult(said, ResultCard.Build(summary, language));
    }

    private static ResultSummary BridgeResult(BridgeState state, Language language)
    {
        var facts = state.Numbers.Select(n => new Fact(
            n.Number.Number,
            BotText.Get(language, n.Number.Kind == DialInKind.TollFree ? "Conferencing_TollFree" : "Conferencing_Toll")
            + (n.Number.City is { } city ? $", {city}" : string.Empty)
            + (n.IsBridgeDefault ? $" ({BotText.Get(language, "Conferencing_Default")})" : string.Empty))).ToList();
        if (facts.Count == 0)
        {
            facts.Add(new Fact(BotText.Get(language, "Conferencing_Bridge"), BotText.Get(language, "Conferencing_NoNumbers")));
        }

        return new ResultSummary(BotText.Get(language, "Conferencing_Enabled"), facts, BotText.Get(language, "Conferencing_Next"));
    }

    private static string? Hint(Error error, Language language) =>
        error.Code == "conferencing.no_subscription" ? BotText.Get(language, "Conferencing_BuyHint") : null;
}
