using ChatPhone.Core.Common;

namespace ChatPhone.Core.Availability;

/// <summary>Answers step 1 of the guide: is a feature sold in a country, and may the setup go on there.</summary>
public sealed class AvailabilityService(AvailabilityCatalog catalog)
{
    /// <summary>The catalog the answers come from.</summary>
    public AvailabilityCatalog Catalog { get; } = catalog;

    /// <summary>
    /// Whether <paramref name="feature"/> is available in the country named by <paramref name="country"/>
    /// (ISO code, English or French name, alias); <c>availability.unknown_country</c> when no country matches.
    /// </summary>
    public Result<FeatureAvailability> Check(string? country, AvailabilityFeature feature)
    {
        var found = Catalog.Find(country);
        return found.IsSuccess ? Check(found.Value, feature) : found.Error;
    }

    /// <summary>Whether <paramref name="feature"/> is available in <paramref name="country"/>.</summary>
    public static FeatureAvailability Check(CountryAvailability country, AvailabilityFeature feature)
    {
        var available = feature switch
        {
            AvailabilityFeature.PhoneSystem => country.PhoneSystem.Purchasable,
            AvailabilityFeature.CallingPlans => country.CallingPlans.Purchasable,
            AvailabilityFeature.AudioConferencing => country.AudioConferencing.Purchasable,
            AvailabilityFeature.TollNumbers => country.ServiceNumbers.TollAvailable,
            AvailabilityFeature.TollFreeNumbers => country.ServiceNumbers.TollFreeAvailable,
            AvailabilityFeature.CommunicationsCredits => country.CommunicationsCredits.Available,
            _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Unknown feature."),
        };

        // Without Phone System nothing of the guide applies, so that reason wins over the feature's own.
        var reason = available ? AvailabilityReason.Available
            : !country.PhoneSystem.Purchasable ? AvailabilityReason.PhoneSystemNotOffered
            : AvailabilityReason.FeatureNotOffered;
        return new FeatureAvailability(country, feature, available, reason);
    }
}
