using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// What an admin meets when a first try went half way, through <c>POST /api/messages</c>: a resource account created
/// without a license (none was free) is finished — licensed and linked — when asked for again, instead of refused as a
/// duplicate; an account for a queue that does not exist says so in its plan; a holiday for an attendant that does not
/// exist is never put on the only attendant there is.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class VoiceAppsSecondTryConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant, (Boss, "boss@northwind.com", "Bo Boss", "US", "admin"));
        var queue = await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantSeed.Admin(Tenant), IdempotencyKey.New(), new CallQueueSettings { Name = "Billing" }));
        Assert.True(queue.IsSuccess, queue.Error?.Code);
        var attendant = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(TenantSeed.Admin(Tenant), IdempotencyKey.New(), new AutoAttendantSettings
        {
            Name = "Reception",
            LanguageId = "en-US",
            TimeZoneId = "Pacific Standard Time",
            DefaultFlow = CallFlow.Disconnect("Business hours"),
        }));
        Assert.True(attendant.IsSuccess, attendant.Error?.Code);
    }

    [Fact]
    public async Task AnAccountLeftWithoutLicense_IsFinishedWhenAskedForAgain_LicensedAndLinked()
    {
        var first = await ConfirmAsync(Boss, await SayAsync(Boss, "create a resource account for the call queue Billing"), "en-US");
        await ConfirmAsync(Boss, await SayAsync(Boss, "buy 2 resource account licenses"), "en-US");
        var again = await SayAsync(Boss, "create a resource account for the call queue Billing");
        var finished = await ConfirmAsync(Boss, again, "en-US");

        Assert.Contains("The resource account Billing was created, but it could not be licensed", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Finish the resource account Billing", Shown(again), StringComparison.Ordinal);
        Assert.DoesNotContain("already uses", Shown(again), StringComparison.Ordinal);
        Assert.Contains("The resource account Billing is ready and licensed.", Shown(finished), StringComparison.Ordinal);
        var accounts = (await Phone.ResourceAccounts.ListAsync(TenantSeed.Admin(Tenant))).Value;
        var account = Assert.Single(accounts);
        var queue = (await Phone.VoiceApps.GetCallQueueAsync(TenantSeed.Admin(Tenant), "Billing")).Value;
        Assert.NotNull(account.License);
        Assert.Equal(queue.Id, account.AssociatedWith);
    }

    [Theory]
    [InlineData("en-US", "create a resource account for the call queue Claims", "there is no call queue “Claims”", "link the resource account Claims to the call queue")]
    [InlineData("fr-FR", "crée un compte de ressources pour la file d’attente Sinistres", "il n’y a pas de file d’attente « Sinistres »", "relie le compte de ressources Sinistres à la file d’attente")]
    public async Task AnAccountForAQueueThatDoesNotExist_SaysSoInItsPlan(string locale, string sentence, string missing, string hint)
    {
        var plan = Shown(await SayAsync(Boss, sentence, locale));

        Assert.Contains("plan.confirm", plan, StringComparison.Ordinal);
        Assert.Contains(missing, plan, StringComparison.Ordinal);
        Assert.Contains(hint, plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "add a holiday Inventory on March 3 to the auto attendant Lobby: hang up", "Which auto attendant should close on “Inventory”? Reception")]
    [InlineData("fr-FR", "ajoute un jour férié Inventaire le 3 mars au standard Hall : raccrocher", "Reception")]
    public async Task AHolidayForAnAttendantThatDoesNotExist_IsNotPutOnTheOnlyOne(string locale, string sentence, string asked)
    {
        var reply = Shown(await SayAsync(Boss, sentence, locale));

        Assert.DoesNotContain("plan.confirm", reply, StringComparison.Ordinal);
        Assert.Contains(asked, reply, StringComparison.Ordinal);
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(TenantSeed.Admin(Tenant), "Reception")).Value;
        Assert.Empty(attendant.Settings.Holidays);
    }
}
