using ChatPhone.Core.Conferencing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Conferencing.ConferencingArrange;

namespace ChatPhone.IntegrationTests.Core.Conferencing;

[Collection(RedisCollection.Name)]
public sealed class ConferencingLanguagesIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task SetLanguages_FourSecondary_AreStored_FiveAreRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));

        var four = await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Toll, "fr-FR", ["en-US", "de-DE", "it-IT", "es-ES"]));
        var five = await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Toll, "fr-FR", ["en-US", "de-DE", "it-IT", "es-ES", "nl-NL"]));

        Assert.Equal(new NumberLanguages("fr-FR", ["en-US", "de-DE", "it-IT", "es-ES"]).Secondary, four.Value.Find(Toll)!.Languages!.Secondary);
        Assert.Equal("conferencing.languages.too_many", five.Error?.Code);
        Assert.Equal(["en-US", "de-DE", "it-IT", "es-ES"], (await BridgeAsync(services))!.Find(Toll)!.Languages!.Secondary);
    }

    [Fact]
    public async Task SetLanguages_Duplicate_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));

        var result = await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Toll, "fr-FR", ["en-US", "fr-fr"]));

        Assert.Equal("conferencing.languages.duplicate", result.Error?.Code);
        Assert.Null((await BridgeAsync(services))!.Find(Toll)!.Languages);
    }

    [Fact]
    public async Task SetLanguages_OnASharedNumber_OrOffTheBridge_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);

        var shared = await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Chicago, "en-US", []));
        var absent = await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Toll, "en-US", []));

        Assert.Equal("conferencing.languages.shared_number", shared.Error?.Code);
        Assert.Equal("conferencing.bridge.not_on_bridge", absent.Error?.Code);
    }

    [Fact]
    public async Task RestoreDefaultLanguages_ClearsTheChoice()
    {
        await using var services = CoreServices.Create(redis);
        var conferencing = await ArrangeAsync(services);
        await conferencing.AssignNumberAsync(new AssignBridgeNumber(Admin, NewKey(), Toll));
        await conferencing.SetLanguagesAsync(new SetConferencingLanguages(Admin, NewKey(), Toll, "ja-JP", ["ko-KR"]));

        var restored = await conferencing.RestoreDefaultLanguagesAsync(new RestoreDefaultLanguages(Admin, NewKey(), Toll));

        Assert.Null(restored.Value.Find(Toll)!.Languages);
        Assert.Null((await BridgeAsync(services))!.Find(Toll)!.Languages);
    }
}
