using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Number orders and requests as objects through <c>POST /api/messages</c>, in English and French: the open ones listed
/// with a Show button each, the detail card, the cancellation of a reserved order through a plan and Confirm, and the
/// list without it; refusals (an order no longer reserved, a sent request, roles), a plan made stale, a double Confirm.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumbersOrderConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000a1";
    private const string Helper = "00000000-0000-4000-8000-0000000000a2";
    private const string Worker = "00000000-0000-4000-8000-0000000000a3";
    private const string Reserved = "ord-open";
    private const string Done = "ord-done";
    private const string Request = "req-lille";

    [Theory]
    [InlineData("en-US", "list the open number orders", "Number order ord-open", "Cancel number order ord-open", "Number order ord-open cancelled")]
    [InlineData("fr-FR", "quelles commandes de numéros sont en cours ?", "Commande de numéros ord-open", "Annuler la commande de numéros ord-open", "Commande de numéros ord-open annulée")]
    public async Task ListOpen_Show_Cancel_ThroughAPlanAndConfirm_AndTheListNoLongerHasIt(string locale, string list, string title, string planTitle, string done)
    {
        var tenant = await WorldAsync();

        var listing = await SayAsync(tenant, Boss, list, locale);
        var shown = await ClickAsync(tenant, Boss, ShowButton(listing, Reserved), locale);
        var plan = await ClickAsync(tenant, Boss, ObjectButton(shown, "RemoveObject"), locale);
        var cancelled = Shown(await ClickAsync(tenant, Boss, ConfirmData(plan), locale));
        var after = Shown(await SayAsync(tenant, Boss, list, locale));

        Assert.Contains(Reserved, Shown(listing), StringComparison.Ordinal);
        Assert.Contains(Request, Shown(listing), StringComparison.Ordinal);
        Assert.DoesNotContain(Done, Shown(listing), StringComparison.Ordinal);
        Assert.Contains(title, Shown(shown), StringComparison.Ordinal);
        Assert.Contains("+33184889901, +33184889902", Shown(shown), StringComparison.Ordinal);
        Assert.Contains(planTitle, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain(Reserved, after, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(tenant, Reserved))!.Status);
        Assert.Null(await TenantSeed.GetAsync(Factory.Services, tenant, OrderCollections.Reservations, "+33184889901"));

        // Undo: the carrier has the reservation back, so the cancellation cannot be taken back; it says so and plans nothing.
        var undo = Shown(await SayAsync(tenant, Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale));
        Assert.Contains(locale == "fr-FR" ? "L’opérateur a déjà repris ces numéros ou modifié la commande" : "The carrier has already taken these numbers back or changed the order", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", undo, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(tenant, Reserved))!.Status);
    }

    [Theory]
    [InlineData("en-US", Done, "Order ord-done is acquired: only a reserved order can be cancelled")]
    [InlineData("fr-FR", Done, "La commande ord-done est à l’état « numéros acquis » : seule une commande réservée peut être annulée")]
    [InlineData("en-US", Request, "Request req-lille was sent to New user numbers request form (France), and a sent request can’t be withdrawn from here")]
    [InlineData("fr-FR", Request, "La demande req-lille a été envoyée à New user numbers request form (France)")]
    public async Task CancellingWhatTheRulesDoNotAllow_IsRefusedWithTheReason(string locale, string id, string refusal)
    {
        var tenant = await WorldAsync();

        var refused = Shown(await ClickAsync(tenant, Boss, Button("RemoveObject", id), locale));
        var change = Shown(await ClickAsync(tenant, Boss, Button("ChangeObject", id), locale));

        Assert.Contains(refusal, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused + change, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Completed, (await OrderAsync(tenant, Done))!.Status);
    }

    [Fact]
    public async Task Helpdesk_SeesTheOrderWithoutCancel_AndIsRefused_AndAUserIsRefusedTheList()
    {
        var tenant = await WorldAsync();

        var helpdesk = Shown(await ClickAsync(tenant, Helper, Button("ShowObject", Reserved)));
        var forged = Shown(await ClickAsync(tenant, Helper, Button("RemoveObject", Reserved)));
        var user = Shown(await SayAsync(tenant, Worker, "list the open number orders"));

        Assert.Contains("Number order ord-open", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", helpdesk, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forged, StringComparison.Ordinal);
        Assert.DoesNotContain(Reserved, user, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Reserved, (await OrderAsync(tenant, Reserved))!.Status);
    }

    [Fact]
    public async Task APlanConfirmedAfterTheOrderCompleted_IsRefusedClearly_AndConfirmingTwiceAppliesOnce()
    {
        var tenant = await WorldAsync();
        var stale = await ClickAsync(tenant, Boss, Button("RemoveObject", Reserved));
        var order = (await OrderAsync(tenant, Reserved))!;
        await TenantSeed.PutAsync(Factory.Services, tenant, OrderCollections.Orders, (Reserved, order with { Status = OrderStatus.Completed }));
        var refused = Shown(await ClickAsync(tenant, Boss, ConfirmData(stale)));

        await TenantSeed.PutAsync(Factory.Services, tenant, OrderCollections.Orders, (Reserved, order));
        var plan = await ClickAsync(tenant, Boss, Button("RemoveObject", Reserved), conversation: "twice");
        var first = Shown(await ClickAsync(tenant, Boss, ConfirmData(plan), conversation: "twice"));
        var second = Shown(await ClickAsync(tenant, Boss, ConfirmData(plan), conversation: "twice"));

        Assert.Contains("Order ord-open is Completed; only a reserved order can be completed or cancelled. Nothing was changed.", refused, StringComparison.Ordinal);
        Assert.Contains("Number order ord-open cancelled", first, StringComparison.Ordinal);
        Assert.Contains("Already done by you", second, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, (await OrderAsync(tenant, Reserved))!.Status);
    }

    private async Task<TenantId> WorldAsync()
    {
        var tenant = TenantId.Parse("o-" + Guid.NewGuid().ToString("N")[..12]);
        await TenantSeed.PeopleAsync(Factory.Services, tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "FR", "admin"),
            (Helper, "helper@fabrikam.com", "Hel Per", "FR", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "FR", "user"));
        var now = DateTimeOffset.UtcNow;
        var expires = now.AddHours(2);
        OrderedNumber[] reserved = [new("+33184889901", null, "Paris"), new("+33184889902", null, "Paris")];
        await TenantSeed.PutAsync(Factory.Services, tenant, OrderCollections.Orders,
            (Reserved, new NumberOrder(Reserved, "FR", NumberType.UserSubscriber, 2, new NumberPlace(City: "Paris"), null, OrderStatus.Reserved,
                OrderErrorCode.NoError, reserved, now, "admin-1", expires)),
            (Done, new NumberOrder(Done, "FR", NumberType.UserSubscriber, 1, new NumberPlace(City: "Lyon"), null, OrderStatus.Completed,
                OrderErrorCode.NoError, [new("+33472889901", null, "Lyon")], now.AddDays(-2), "admin-1", now.AddDays(-2).AddMinutes(10), now.AddDays(-2), ["+33472889901"])));
        await TenantSeed.PutAsync(Factory.Services, tenant, OrderCollections.Reservations,
            ("+33184889901", new NumberReservation(Reserved, NumberType.UserSubscriber, expires)),
            ("+33184889902", new NumberReservation(Reserved, NumberType.UserSubscriber, expires)));
        await TenantSeed.PutAsync(Factory.Services, tenant, OrderCollections.Requests,
            (Request, new NumberRequest(Request, "FR", NumberType.UserSubscriber, 5, "Lille", NumberRequestForms.Version, "New user numbers request form (France)",
                NumberRequestStatus.Submitted, now.AddDays(-1), "admin-1")));
        return tenant;
    }

    private Task<IReadOnlyList<JObject>> SayAsync(TenantId tenant, string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, conversation: "conv-" + tenant.Value, tenant: tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(TenantId tenant, string user, JObject data, string locale = "en-US", string conversation = "conv")
    {
        var activity = Invoke(user, data, conversation: conversation + "-" + tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = tenant.Value;
        return SendAsync(Client, activity);
    }

    private static JObject ShowButton(IReadOnlyList<JObject> replies, string id) =>
        (JObject)CardOf(replies).SelectTokens("$..data").OfType<JObject>()
            .First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == "ShowObject" && (string?)d["objectId"] == id);

    private static JObject Button(string intent, string id) =>
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = "NumberOrder", ["objectId"] = id };

    private Task<NumberOrder?> OrderAsync(TenantId tenant, string id) =>
        TenantSeed.GetAsync(Factory.Services, tenant, OrderCollections.Orders, id);
}
