using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.Assignment.NumberAssignmentIntegrationTests;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Assignment;

/// <summary>A Calling Plan works in its usage location's country: a number of another country is refused, except as an alternate.</summary>
[Collection(RedisCollection.Name)]
public sealed class NumberCountryRuleIntegrationTests(RedisServerFixture redis)
{
    private const string ParisNumber = "+33140000123";

    [Theory]
    [InlineData(AssignmentCategory.Primary)]
    [InlineData(AssignmentCategory.Private)]
    public async Task Assign_FrenchNumberToAPersonWithAUsCallingPlan_IsRefusedWithTheReason(AssignmentCategory category)
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(ParisNumber, "FR"));

        var result = await world.Assignment.AssignAsync(Assign(ParisNumber, Alex, category));

        Assert.Equal("number.country_mismatch", result.Error?.Code);
        Assert.StartsWith($"{ParisNumber} is a number from FR, but Alex Wilber’s usage location and Calling Plan are for US", result.Error!.Describe(Language.English), StringComparison.Ordinal);
        Assert.StartsWith($"{ParisNumber} est un numéro d’un autre pays (FR) que l’emplacement d’utilisation et le forfait d’appels d’Alex Wilber (US)", result.Error.Describe(Language.French), StringComparison.Ordinal);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, ParisNumber))!.Assignment);
        Assert.Null(await world.GetAsync(NumberCollections.UserLines, Alex));
    }

    [Fact]
    public async Task Assign_FrenchNumberAsAnAlternate_IsAllowed_AndAFrenchPersonGetsItAsPrimary()
    {
        await using var world = await ReadyAsync(redis);
        await world.PeopleAsync(("id-lucas", "Lucas Martin", "FR"));
        await world.LicensesAsync("id-lucas", "FR", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        const string LyonNumber = "+33472000123";
        await world.NumbersAsync(world.Number(ParisNumber, "FR"), world.Number(LyonNumber, "FR"));

        var alternate = await world.Assignment.AssignAsync(Assign(ParisNumber, Alex, AssignmentCategory.Alternate));
        var primary = await world.Assignment.AssignAsync(Assign(LyonNumber, "id-lucas"));

        Assert.True(alternate.IsSuccess, alternate.IsSuccess ? null : alternate.Error.Code);
        Assert.True(primary.IsSuccess, primary.IsSuccess ? null : primary.Error.Code);
    }

    [Fact]
    public async Task AssignInBulk_RefusesTheRowWhoseNumberIsOfAnotherCountry()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(ParisNumber, "FR"));

        var outcome = await world.Assignment.AssignInBulkAsync(new AssignNumbersInBulk(Admin, NewKey(), [new NumberForPerson(ParisNumber, UserId.Parse(Alex))]));

        Assert.Equal("number.country_mismatch", Assert.Single(outcome.Value.Rows).Error?.Code);
    }
}
