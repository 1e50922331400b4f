using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using PhoneNumbers;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

/// <summary>The shared dial-in numbers of the bridge's country are attached when conferencing is enabled, in every country that has them.</summary>
[Collection(RedisCollection.Name)]
public sealed class ConferencingSharedNumbersIntegrationTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("FR", new[] { "Paris", "Lyon" }, "+331")]
    [InlineData("GB", new[] { "London", "Manchester" }, "+44207")]
    [InlineData("DE", new[] { "Berlin", "Frankfurt", "Munich" }, "+49")]
    [InlineData("JP", new[] { "Tokyo", "Osaka" }, "+81")]
    public async Task Enable_OutsideTheUs_AttachesTheCountrysSharedNumbers_FirstAsDefault(string country, string[] cities, string firstStart)
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services, enable: false);

        var enabled = await conferencing.EnableAsync(new EnableConferencing(Admin, NewKey(), country));
        var state = (await conferencing.GetBridgeAsync(Admin)).Value;

        Assert.True(enabled.IsSuccess);
        Assert.Equal(cities, state.Bridge.Numbers.Select(n => n.City));
        Assert.All(state.Bridge.Numbers, n =>
        {
            Assert.True(n.Shared);
            Assert.Equal(NumberType.ConferenceToll, n.Type);
            var parsed = PhoneNumberUtil.GetInstance().Parse(n.Number, null);
            Assert.True(PhoneNumberUtil.GetInstance().IsValidNumberForRegion(parsed, country), n.Number);
        });
        Assert.Equal(cities.Length, state.Bridge.Numbers.Select(n => n.Number).Distinct().Count());
        Assert.Equal(state.Bridge.Numbers[0].Number, state.Bridge.DefaultNumber);
        Assert.StartsWith(firstStart, state.Bridge.DefaultNumber, StringComparison.Ordinal);
        Assert.Null(await NumberAsync(services, state.Bridge.Numbers[0].Number));
    }
}
