using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// An idempotency key is readable by anyone who sees a card: through <c>POST /api/messages</c>, another person's use of
/// a plan's key neither blocks nor answers for the admin's Confirm, the Confirm runs under the key stored with the plan,
/// and a failed Confirm leaves the plan pending instead of saying it was done.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RequestKeyConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private async Task<Subscription?> PhoneSystemAsync() =>
        (await Phone.Licensing.SubscriptionsAsync(Demo)).SingleOrDefault(s => s.Sku == Sku.PhoneSystem);

    [Fact]
    public async Task AUserOpeningATicketWithTheAdminsPlanKey_DoesNotStopTheAdminsConfirm_WhichBuysTheLicenses()
    {
        var plan = await SendAsync(Client, Message(Megan, "buy 10 Phone System licenses", "conv-key-admin"));
        var confirm = ConfirmData(plan);
        var stolen = new JObject
        {
            ["verb"] = "ticket.open", ["userId"] = Alex, ["symptom"] = "CannotCallOut", ["idempotencyKey"] = confirm["idempotencyKey"],
        };

        var ticket = await SendAsync(Client, Invoke(Alex, stolen, "conv-key-alex"));
        var done = await SendAsync(Client, Invoke(Megan, confirm, "conv-key-admin"));
        var again = await SendAsync(Client, Invoke(Megan, confirm, "conv-key-admin"));

        Assert.Single((await Factory.Services.GetRequiredService<TicketService>().ListOpenAsync(Admin)).Value);
        Assert.Contains("T-", Shown(ticket), StringComparison.Ordinal);
        Assert.DoesNotContain("already used for a different action", Shown(done), StringComparison.Ordinal);
        Assert.Contains("10 bought in all", Shown(done), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(10, (await PhoneSystemAsync())?.Purchased);
    }

    [Fact]
    public async Task AConfirmCarryingAKeyTheAdminUsedBefore_RunsUnderThePlansOwnKey_AndReallyBuys()
    {
        var earlier = IdempotencyKey.New();
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, earlier, Sku.PhoneSystem, 3))).IsSuccess);
        var plan = await SendAsync(Client, Message(Megan, "buy 10 Phone System licenses", "conv-key-forged"));
        var forged = (JObject)ConfirmData(plan).DeepClone();
        forged["idempotencyKey"] = earlier.Value;

        var done = await SendAsync(Client, Invoke(Megan, forged, "conv-key-forged"));

        Assert.Contains("13 bought in all", Shown(done), StringComparison.Ordinal);
        Assert.Equal(13, (await PhoneSystemAsync())?.Purchased);
    }

    [Fact]
    public async Task AFailedConfirm_SaysWhatFailed_LeavesThePlanPending_AndConfirmingAgainAppliesIt()
    {
        var plan = await SendAsync(Client, Message(Megan, "assign Phone System to alex", "conv-key-fail"));

        var failed = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "conv-key-fail"));
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, 1))).IsSuccess);
        var retried = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "conv-key-fail"));

        Assert.DoesNotContain("Already done by you", Shown(failed), StringComparison.Ordinal);
        Assert.DoesNotContain("Licenses updated for", Shown(failed), StringComparison.Ordinal);
        Assert.Contains("The plan is still waiting", Shown(failed), StringComparison.Ordinal);
        Assert.DoesNotContain("Already done by you", Shown(retried), StringComparison.Ordinal);
        Assert.Contains("Licenses updated for Alex Wilber", Shown(retried), StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], (await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.Skus);
    }

    [Fact]
    public async Task AFailedConfirm_InFrench_SaysThePlanIsStillPending()
    {
        var plan = await SendAsync(Client, Message(Camille, "attribue Phone System à Alex", "conv-key-fr", locale: "fr-FR"));

        var failed = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-key-fr", "fr-FR"));

        Assert.Contains("Le plan est toujours en attente", Shown(failed), StringComparison.Ordinal);
        Assert.Empty((await Phone.Licensing.ForUserAsync(Demo, Alex)).Value.Skus);
    }
}
