namespace ChatPhone.Core.Availability;

/// <summary>A feature whose availability can be asked about per country.</summary>
public enum AvailabilityFeature
{
    /// <summary>Phone System (the prerequisite of every other phone feature).</summary>
    PhoneSystem,

    /// <summary>Calling Plans (Microsoft as the phone carrier).</summary>
    CallingPlans,

    /// <summary>Audio Conferencing (dial-in to meetings).</summary>
    AudioConferencing,

    /// <summary>Toll service numbers.</summary>
    TollNumbers,

    /// <summary>Toll-free service numbers.</summary>
    TollFreeNumbers,

    /// <summary>Communications Credits (pay-per-minute funds).</summary>
    CommunicationsCredits,
}

/// <summary>Why a feature is or is not available.</summary>
public enum AvailabilityReason
{
    /// <summary>The feature is sold in the country.</summary>
    Available,

    /// <summary>Phone System itself is not sold there: the setup guide stops at step 1.</summary>
    PhoneSystemNotOffered,

    /// <summary>Phone System is sold, but this feature is not.</summary>
    FeatureNotOffered,
}

/// <summary>The answer to "is <see cref="Feature"/> available in <see cref="Country"/>?".</summary>
/// <param name="Country">The country, with all its details.</param>
/// <param name="Feature">The feature asked about.</param>
/// <param name="Available">True when the feature is sold there.</param>
/// <param name="Reason">Why, in a form the bot can word.</param>
public sealed record FeatureAvailability(CountryAvailability Country, AvailabilityFeature Feature, bool Available, AvailabilityReason Reason)
{
    /// <summary>
    /// True when Phone System is not sold in the country: the setup guide goes no further there,
    /// whatever feature was asked about.
    /// </summary>
    public bool GuideStops => !Country.PhoneSystem.Purchasable;
}
