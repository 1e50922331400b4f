using System.Globalization;
using ChatPhone.Core.Common;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Availability;
using ChatPhone.Core.Availability;

namespace ChatPhone.Bot.Flows.Availability;

/// <summary>Step 1, "is Phone System available in Japan?": a yes/no answer and the country's card; asks for the country when missing.</summary>
public sealed class AvailabilityFlow(AvailabilityService availability) : IIntentFlow, IQuestionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.CheckAvailability];

    /// <summary>The pending-flow name while the country question is open.</summary>
    public const string Question = "availability";

    private const string FeatureSlot = "feature";

    /// <inheritdoc />
    public string Name => Question;

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var feature = intent.Slots.GetValueOrDefault(SlotNames.Feature) ?? nameof(AvailabilityFeature.PhoneSystem);
        if (intent.Slots.GetValueOrDefault(SlotNames.Country) is not { } country)
        {
            turn.State.ClearFlow();
            turn.State.PendingFlow = Name;
            turn.State.Slots[FeatureSlot] = feature;
            return turn.SendTextAsync(CountriesOffering(feature, turn.Language) + "\n\n" + BotText.Get(turn.Language, "Availability_WhichCountry"), cancellationToken);
        }

        return AnswerForAsync(turn, country, feature, cancellationToken);
    }

    // "Which countries have Calling Plans?": every country where the feature is offered, by name in the person's language.
    private string CountriesOffering(string featureName, Language language)
    {
        var feature = Enum.TryParse<AvailabilityFeature>(featureName, out var parsed) ? parsed : AvailabilityFeature.PhoneSystem;
        var names = availability.Catalog.All
            .Where(c => AvailabilityService.Check(c, feature).Available)
            .Select(c => c.Name(language))
            .Order(StringComparer.Create(language.Culture(), CompareOptions.IgnoreCase))
            .ToList();
        return BotText.Get(language, "Availability_Countries", BotText.Get(language, $"Feature_{feature}"), names.Count, string.Join(", ", names));
    }

    /// <inheritdoc />
    public Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken)
    {
        var feature = turn.State.Slots.GetValueOrDefault(FeatureSlot) ?? nameof(AvailabilityFeature.PhoneSystem);
        return AnswerForAsync(turn, text, feature, cancellationToken);
    }

    private async Task AnswerForAsync(FlowTurn turn, string country, string featureName, CancellationToken cancellationToken)
    {
        var feature = Enum.TryParse<AvailabilityFeature>(featureName, out var parsed) ? parsed : AvailabilityFeature.PhoneSystem;
        var answer = availability.Check(country, feature);
        if (!answer.IsSuccess)
        {
            // Keep the question open: the person may simply retype the country.
            await turn.SendTextAsync(answer.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        turn.State.ClearFlow();
        var found = answer.Value;
        var name = found.Country.Name(turn.Language);
        var key = found.Available ? "Availability_Yes" : found.GuideStops ? "Availability_GuideStops" : "Availability_No";
        await turn.SendTextAsync(BotText.Get(turn.Language, key, BotText.Get(turn.Language, $"Feature_{feature}"), name), cancellationToken);
        await turn.SendCardAsync(AvailabilityCard.Build(found.Country, turn.Language), cancellationToken);
    }
}
