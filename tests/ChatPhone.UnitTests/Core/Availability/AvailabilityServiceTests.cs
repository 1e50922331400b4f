using ChatPhone.Core.Availability;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.UnitTests.Core.Availability;

public sealed class AvailabilityServiceTests
{
    private readonly AvailabilityService _service = new(AvailabilityCatalog.Default);

    [Theory]
    [InlineData("Japan", AvailabilityFeature.PhoneSystem, true)]
    [InlineData("Japon", AvailabilityFeature.CallingPlans, true)]
    [InlineData("Argentina", AvailabilityFeature.CallingPlans, false)]
    [InlineData("US", AvailabilityFeature.TollFreeNumbers, true)]
    [InlineData("Vietnam", AvailabilityFeature.TollFreeNumbers, false)]
    [InlineData("Vietnam", AvailabilityFeature.TollNumbers, true)]
    [InlineData("China", AvailabilityFeature.CommunicationsCredits, false)]
    [InlineData("France", AvailabilityFeature.AudioConferencing, true)]
    public void Check_AnswersFromTheCountryData(string country, AvailabilityFeature feature, bool available)
    {
        var answer = _service.Check(country, feature).Value;

        Assert.Equal(available, answer.Available);
        Assert.Equal(available ? AvailabilityReason.Available : AvailabilityReason.FeatureNotOffered, answer.Reason);
        Assert.False(answer.GuideStops);
        Assert.Equal(feature, answer.Feature);
    }

    [Fact]
    public void Check_CountryWithoutPhoneSystem_StopsTheGuideWhateverTheFeature()
    {
        foreach (var feature in Enum.GetValues<AvailabilityFeature>())
        {
            var answer = _service.Check("Iran", feature).Value;

            Assert.False(answer.Available);
            Assert.True(answer.GuideStops);
            Assert.Equal(AvailabilityReason.PhoneSystemNotOffered, answer.Reason);
            Assert.Equal("IR", answer.Country.Iso);
        }
    }

    [Fact]
    public void Check_ReturnsTheCountryDetails()
    {
        var answer = _service.Check("Royaume-Uni", AvailabilityFeature.CallingPlans).Value;

        Assert.Equal("United Kingdom", answer.Country.EnglishName);
        Assert.Equal("Royaume-Uni", answer.Country.Name(ChatPhone.Core.Common.Language.French));
        Assert.NotNull(answer.Country.CallingPlans.Allotments);
    }

    [Fact]
    public void Check_UnknownCountry_Fails() =>
        Assert.Equal("availability.unknown_country", _service.Check("Narnia", AvailabilityFeature.PhoneSystem).Error?.Code);
}

public sealed class AvailabilityRegistrationTests
{
    [Fact]
    public void AddAvailability_RegistersTheSharedCatalogAndTheService()
    {
        using var provider = new ServiceCollection().AddAvailability().BuildServiceProvider();

        var service = provider.GetRequiredService<AvailabilityService>();

        Assert.Same(AvailabilityCatalog.Default, service.Catalog);
    }
}
