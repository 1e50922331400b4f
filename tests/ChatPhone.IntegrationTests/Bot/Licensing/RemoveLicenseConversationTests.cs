using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Licensing;

/// <summary>
/// Removing licenses through <c>POST /api/messages</c>, in English and French: a plan card, then Confirm; refused with
/// the reason for someone who does not hold the license, for an unknown person, for a non-admin, and when core refuses.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RemoveLicenseConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000c1";
    private const string Worker = "00000000-0000-4000-8000-0000000000c2";
    private const string Oliver = "00000000-0000-4000-8000-0000000000c3";
    private const string Sam = "00000000-0000-4000-8000-0000000000c4";
    private readonly TenantId _tenant = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, _tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"),
            (Oliver, "oliver@fabrikam.com", "Oliver Smith", "US", "user"),
            (Sam, "sam@fabrikam.com", "Sam Jones", "US", "user"));
        foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
        {
            var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(_tenant), IdempotencyKey.New(), sku, 10));
            Assert.True(bought.IsSuccess, bought.Error?.Code);
        }
    }

    [Theory]
    [InlineData("en-US", "give oliver@fabrikam.com Phone System and a calling plan", "remove the calling plan from Oliver", "Licenses removed from Oliver Smith.")]
    [InlineData("fr-FR", "donne Phone System et un forfait d'appels à oliver@fabrikam.com", "retire le forfait d'appels à Oliver", "Licences retirées à Oliver Smith.")]
    public async Task ACallingPlanAssignedByChat_IsRemovedOnConfirm_AndThePersonKeepsTheRest(string locale, string assign, string remove, string done)
    {
        await AssignAsync(assign, locale);

        var plan = await SayAsync(Boss, remove, locale);
        var before = await HeldAsync(Oliver);
        var confirmed = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains("Oliver Smith", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("MCOPSTN1", Shown(plan), StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem, Sku.DomesticCallingPlan], before);
        Assert.Contains(done, confirmed, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(Oliver));
        var plans = (await Phone.Licensing.SubscriptionsAsync(_tenant)).Single(s => s.Sku == Sku.DomesticCallingPlan);
        Assert.Equal(0, plans.Consumed);
    }

    [Theory]
    [InlineData("en-US", "remove the calling plan from Oliver", "Oliver Smith doesn’t have Domestic Calling Plan (MCOPSTN1), so there is nothing to remove.")]
    [InlineData("fr-FR", "retire le forfait d'appels à Oliver", "Oliver Smith n’a pas de licence Forfait d’appels nationaux (MCOPSTN1) : il n’y a rien à retirer.")]
    public async Task RemovingALicenseThePersonDoesNotHave_IsRefusedWithTheReason_AndNothingIsPlanned(string locale, string text, string reason)
    {
        var replies = await SayAsync(Boss, text, locale);

        Assert.Contains(reason, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "remove the calling plan from Oliver", "Only an admin can do this.")]
    [InlineData("fr-FR", "retire le forfait d'appels à Oliver", "Seul un administrateur peut faire cela.")]
    public async Task ANonAdmin_IsRefused_AndTheLicenseStays(string locale, string text, string refusal)
    {
        await AssignAsync("give oliver@fabrikam.com Phone System and a calling plan", "en-US");

        var replies = await SayAsync(Worker, text, locale);

        Assert.Contains(refusal, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem, Sku.DomesticCallingPlan], await HeldAsync(Oliver));
    }

    [Theory]
    [InlineData("en-US", "remove the calling plan from Zed", "Nobody called “Zed” is in the directory.")]
    [InlineData("fr-FR", "retire le forfait d'appels à Zed", "Personne nommée « Zed » ne figure dans l’annuaire.")]
    [InlineData("en-US", "remove a license from Oliver", "Which license should I remove?")]
    [InlineData("fr-FR", "retire une licence à Oliver", "Quelle licence dois-je retirer ?")]
    public async Task AnUnknownPersonOrNoLicenseNamed_IsAnsweredWithoutAPlan(string locale, string text, string answer)
    {
        var replies = await SayAsync(Boss, text, locale);

        Assert.Contains(answer, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingPhoneSystemWhileACallingPlanNeedsIt_ShowsCoresRefusal_AndKeepsBoth()
    {
        await AssignAsync("give oliver@fabrikam.com Phone System and a calling plan", "en-US");

        var plan = await SayAsync(Boss, "remove Phone System from Oliver");
        var refused = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("Oliver Smith still has a Calling Plan, which needs Phone System.", refused, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem, Sku.DomesticCallingPlan], await HeldAsync(Oliver));
    }

    [Fact]
    public async Task SeveralPeople_AreOnePlanWithALinePerPerson_AndEachLosesTheLicense()
    {
        await AssignAsync("assign Phone System to oliver@fabrikam.com and sam@fabrikam.com", "en-US");

        var plan = await SayAsync(Boss, "remove Phone System from Oliver and Sam");
        var done = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.Contains("Remove licenses from 2 people", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Oliver Smith", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sam Jones", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Licenses removed — done: 2, refused: 0.", done, StringComparison.Ordinal);
        Assert.Empty(await HeldAsync(Oliver));
        Assert.Empty(await HeldAsync(Sam));
    }

    [Fact]
    public async Task ALicenseRemovedElsewhereBeforeConfirm_IsReportedAsNoLongerHeld_NotAsDone()
    {
        await AssignAsync("give oliver@fabrikam.com Phone System and a calling plan", "en-US");
        var plan = await SayAsync(Boss, "remove the calling plan from Oliver");
        var elsewhere = await Phone.Licensing.RemoveAsync(new RemoveLicenses(TenantSeed.Admin(_tenant), IdempotencyKey.New(), UserId.Parse(Oliver), [Sku.DomesticCallingPlan]));

        var confirmed = Shown(await ConfirmAsync(Boss, plan, "en-US"));

        Assert.True(elsewhere.IsSuccess, elsewhere.Error?.Code);
        Assert.Contains("Oliver Smith no longer holds these licenses: nothing was removed.", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("Licenses removed from", confirmed, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(Oliver));
    }

    private async Task AssignAsync(string text, string locale)
    {
        var plan = await SayAsync(Boss, text, locale);
        await ConfirmAsync(Boss, plan, locale);
        Assert.NotEmpty(await HeldAsync(Oliver));
    }

    private async Task<IReadOnlyList<Sku>> HeldAsync(string userId) =>
        (await Phone.Licensing.ForUserAsync(_tenant, userId)).Value.Skus;

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, tenant: _tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(string user, IReadOnlyList<JObject> plan, string locale)
    {
        var activity = Invoke(user, ConfirmData(plan), locale: locale);
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return SendAsync(Client, activity);
    }
}
