using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.UnitTests.Core.Licensing;

public sealed class LicenseRulesTests
{
    private static readonly Person Alex = new("id-alex", "alex@contoso.com", "Alex", "US", "Sales", Role.User);

    [Fact]
    public void Assign_CallingPlanWithoutPhoneSystem_IsRefused()
    {
        var result = LicenseRules.Assign(Alex, null, [Sku.DomesticCallingPlan], Plenty());

        Assert.Equal("license.calling_plan_needs_phone_system", result.Error?.Code);
    }

    [Theory]
    [InlineData(Sku.PhoneSystem)]
    [InlineData(Sku.E5)]
    public void Assign_CallingPlanWithPhoneSystemInTheSameRequest_Succeeds(Sku phoneSystem)
    {
        var subscriptions = Plenty();

        var result = LicenseRules.Assign(Alex, null, [Sku.InternationalCallingPlan, phoneSystem], subscriptions);

        Assert.True(result.IsSuccess);
        Assert.Equal(1, subscriptions[Sku.InternationalCallingPlan].Consumed);
        Assert.Equal(1, subscriptions[phoneSystem].Consumed);
    }

    [Theory]
    [InlineData("US", null)]
    [InlineData("AR", "license.calling_plan_not_sold")]
    public void Assign_CallingPlan_OnlyWhereCallingPlansAreSold(string usageLocation, string? expected)
    {
        var catalog = ChatPhone.Core.Availability.AvailabilityCatalog.Default;

        var result = LicenseRules.Assign(Alex with { UsageLocation = usageLocation }, null, [Sku.PhoneSystem, Sku.DomesticCallingPlan], Plenty(),
            country => catalog.Get(country).Value.CallingPlans.Purchasable);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Fact]
    public void Assign_WithoutUsageLocation_IsRefused()
    {
        var result = LicenseRules.Assign(Alex with { UsageLocation = "" }, null, [Sku.PhoneSystem], Plenty());

        Assert.Equal("license.usage_location_missing", result.Error?.Code);
    }

    [Fact]
    public void Assign_LastFreeUnit_Succeeds_ThenTheNextIsRefused_AndNothingIsConsumedOnRefusal()
    {
        var subscriptions = new Dictionary<Sku, Subscription> { [Sku.PhoneSystem] = new(Sku.PhoneSystem, 1, 0) };

        var first = LicenseRules.Assign(Alex, null, [Sku.PhoneSystem], subscriptions);
        var second = LicenseRules.Assign(Alex with { AadObjectId = "id-sam" }, null, [Sku.PhoneSystem], subscriptions);

        Assert.True(first.IsSuccess);
        Assert.Equal("license.none_available", second.Error?.Code);
        Assert.Equal(1, subscriptions[Sku.PhoneSystem].Consumed);
    }

    [Fact]
    public void Assign_AlreadyHeld_ConsumesNothing()
    {
        var subscriptions = Plenty();
        var held = new UserLicenses("id-alex", "US", [Sku.PhoneSystem]);

        var result = LicenseRules.Assign(Alex, held, [Sku.PhoneSystem], subscriptions);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, subscriptions[Sku.PhoneSystem].Consumed);
    }

    [Fact]
    public void Assign_ResourceAccountLicenseToAPerson_IsRefused() =>
        Assert.Equal("license.resource_account_only", LicenseRules.Assign(Alex, null, [Sku.ResourceAccount], Plenty()).Error?.Code);

    [Theory]
    [InlineData(new[] { Sku.AudioConferencing }, true)]
    [InlineData(new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan }, true)]
    [InlineData(new[] { Sku.E5 }, true)]
    [InlineData(new[] { Sku.PhoneSystem }, false)]
    public void Assign_CommunicationsCredits_NeedsConferencingOrPhoneSystemWithCallingPlan(Sku[] held, bool allowed)
    {
        var current = new UserLicenses("id-alex", "US", held);

        var result = LicenseRules.Assign(Alex, current, [Sku.CommunicationsCredits], Plenty());

        Assert.Equal(allowed ? null : "license.credits_prerequisite", result.Error?.Code);
    }

    [Fact]
    public void Remove_PhoneSystemUnderACallingPlan_IsRefused()
    {
        var current = new UserLicenses("id-alex", "US", [Sku.PhoneSystem, Sku.DomesticCallingPlan]);

        var result = LicenseRules.Remove(Alex, current, [Sku.PhoneSystem], holdsNumber: false, Plenty());

        Assert.Equal("license.phone_system_required_by_calling_plan", result.Error?.Code);
    }

    [Fact]
    public void Remove_CallingPlanWhileHoldingANumber_IsRefused_ButFreeWithoutOne()
    {
        var current = new UserLicenses("id-alex", "US", [Sku.PhoneSystem, Sku.DomesticCallingPlan]);
        var subscriptions = Plenty();
        subscriptions[Sku.DomesticCallingPlan] = subscriptions[Sku.DomesticCallingPlan] with { Consumed = 1 };

        var refused = LicenseRules.Remove(Alex, current, [Sku.DomesticCallingPlan], holdsNumber: true, subscriptions);
        var removed = LicenseRules.Remove(Alex, current, [Sku.DomesticCallingPlan], holdsNumber: false, subscriptions);

        Assert.Equal("license.needed_by_number", refused.Error?.Code);
        Assert.Equal([Sku.PhoneSystem], removed.Value.Skus);
        Assert.Equal(0, subscriptions[Sku.DomesticCallingPlan].Consumed);
    }

    [Theory]
    [InlineData(true, "license.needed_by_organizer")]
    [InlineData(false, null)]
    public void Remove_AudioConferencingFromAnOrganizer_IsRefused(bool isOrganizer, string? expected)
    {
        var current = new UserLicenses("id-alex", "US", [Sku.AudioConferencing]);

        var result = LicenseRules.Remove(Alex, current, [Sku.AudioConferencing], holdsNumber: false, Plenty(), isOrganizer);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Theory]
    [InlineData("MCOEV", Sku.PhoneSystem)]
    [InlineData("mcopstn2", Sku.InternationalCallingPlan)]
    [InlineData("MCOPSTNPP", Sku.CommunicationsCredits)]
    [InlineData("PhoneSystem", Sku.PhoneSystem)]
    [InlineData("ENTERPRISEPREMIUM", Sku.E5)]
    public void TryParse_AcceptsPartNamesLegacyNamesAndEnumNames(string text, Sku expected)
    {
        Assert.True(Skus.TryParse(text, out var sku));
        Assert.Equal(expected, sku);
    }

    [Fact]
    public void TryParse_UnknownName_Fails() => Assert.False(Skus.TryParse("MCOFREE", out _));

    private static Dictionary<Sku, Subscription> Plenty() =>
        Enum.GetValues<Sku>().ToDictionary(s => s, s => new Subscription(s, 100, 0));
}
