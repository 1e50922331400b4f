using System.Text.RegularExpressions;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.UnitTests.Core.Availability;

/// <summary>The embedded countries.json must be internally consistent.</summary>
public sealed partial class AvailabilityDataTests
{
    private static readonly IReadOnlyList<CountryAvailability> Countries = AvailabilityCatalog.Default.All;

    [Fact]
    public void IsoCodes_AreUniqueUpperCaseAndValid()
    {
        Assert.Equal(Countries.Count, Countries.Select(c => c.Iso).Distinct().Count());
        Assert.All(Countries, c =>
        {
            Assert.True(IsoCountries.IsValid(c.Iso), c.Iso);
            Assert.Equal(c.Iso.ToUpperInvariant(), c.Iso);
        });
    }

    [Fact]
    public void Names_AreFilledAndTrimmed()
    {
        Assert.All(Countries, c =>
        {
            foreach (var name in new[] { c.EnglishName, c.FrenchName }.Concat(c.Aliases))
            {
                Assert.False(string.IsNullOrWhiteSpace(name), c.Iso);
                Assert.Equal(name.Trim(), name);
            }
        });
    }

    [Fact]
    public void UnitedStatesTollCities_AreAllStateCommaCity()
    {
        var cities = AvailabilityCatalog.Default.Get("US").Value.ServiceNumbers.TollCities;

        Assert.True(cities.Count >= 50);
        Assert.All(cities, city => Assert.Matches(StateCity(), city));
        Assert.Equal(cities.Count, cities.Distinct().Count());
    }

    [Fact]
    public void TollCities_AreStateCommaCity_AndOnlyWhereTollNumbersAreSold()
    {
        Assert.All(Countries, c =>
        {
            Assert.All(c.ServiceNumbers.TollCities, city => Assert.Matches(StateCity(), city));
            Assert.True(c.ServiceNumbers.TollCities.Count == 0 || c.ServiceNumbers.TollAvailable, c.Iso);
        });
    }

    [Fact]
    public void Allotments_OnlyWhereCallingPlansAreSold_AndForBothPlans()
    {
        Assert.All(Countries, c =>
        {
            var plans = c.CallingPlans;
            if (!plans.Purchasable)
            {
                Assert.Null(plans.Allotments);
                Assert.Null(plans.OutboundDestinations);
                Assert.True(plans.SharesPoolWith is null or { Count: 0 }, c.Iso);
                return;
            }

            Assert.NotNull(plans.Allotments);
            Assert.Equal([Sku.DomesticCallingPlan, Sku.InternationalCallingPlan], plans.Allotments.Select(a => a.Plan).Order());
            Assert.All(plans.Allotments, a => Assert.InRange(a.DomesticMinutes, 1, 10_000));
            Assert.True(plans.TryGetAllotment(Sku.DomesticCallingPlan, out var domestic) && domestic.InternationalMinutes == 0, c.Iso);
            Assert.True(plans.TryGetAllotment(Sku.InternationalCallingPlan, out var international) && international.InternationalMinutes > 0, c.Iso);
            Assert.Equal(196, plans.OutboundDestinations);
        });
    }

    [Fact]
    public void SharedPools_AreSymmetricAndBetweenCallingPlanCountries()
    {
        var byIso = Countries.ToDictionary(c => c.Iso);
        Assert.All(Countries.Where(c => c.CallingPlans.SharesPoolWith is { Count: > 0 }), c =>
        {
            foreach (var other in c.CallingPlans.SharesPoolWith!)
            {
                Assert.NotEqual(c.Iso, other);
                Assert.True(byIso[other].CallingPlans.Purchasable, other);
                Assert.Contains(c.Iso, byIso[other].CallingPlans.SharesPoolWith ?? []);
            }
        });
    }

    [Fact]
    public void Features_RespectTheirPrerequisites()
    {
        Assert.All(Countries, c =>
        {
            // Calling Plans are bought on top of Phone System; toll-free numbers need Communications Credits.
            Assert.True(!c.CallingPlans.Purchasable || c.PhoneSystem.Purchasable, c.Iso);
            Assert.True(!c.ServiceNumbers.TollFreeAvailable || c.CommunicationsCredits.Available, c.Iso);
            Assert.True(c.PhoneSystem.Purchasable || !(c.PhoneSystem.AutoAttendants || c.PhoneSystem.CallQueues || c.PhoneSystem.Voicemail), c.Iso);
            Assert.True(c.AudioConferencing.Purchasable || (!c.AudioConferencing.DialOutCallMe && c.AudioConferencing.AutoAssignedSharedNumbers.Count == 0), c.Iso);
        });
    }

    [Fact]
    public void CallingPlanCountries_AreTheExpectedSet()
    {
        string[] expected = ["AT", "AU", "BE", "CA", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "JP", "NL", "NO", "NZ", "PL", "PR", "PT", "SE", "SG", "US"];

        Assert.Equal(expected, Countries.Where(c => c.CallingPlans.Purchasable).Select(c => c.Iso).Order());
    }

    [Fact]
    public void TollFree_IsOfferedInSixtyOrMoreCountries() =>
        Assert.True(Countries.Count(c => c.ServiceNumbers.TollFreeAvailable) >= 60);

    [GeneratedRegex(@"^[^,\s][^,]*[^,\s], [^,\s][^,]*[^,\s]$")]
    private static partial Regex StateCity();
}
