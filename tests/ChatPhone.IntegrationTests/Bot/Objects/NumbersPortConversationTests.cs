using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Port orders as objects through <c>POST /api/messages</c>, in English and French: the open ones ("open port orders",
/// "où en est mon transfert ?") with their FOC date, the detail card with every field and its secrets masked, a change
/// of the FOC date through the Edit form, a plan and Confirm, the cancellation, and the list without the order; refusals
/// the port rules dictate, roles, a plan made stale and a double Confirm.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class NumbersPortConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000b1";
    private const string Helper = "00000000-0000-4000-8000-0000000000b2";
    private const string Worker = "00000000-0000-4000-8000-0000000000b3";
    private const string Open = "port-open";
    private const string Approved = "port-approved";
    private const string Done = "port-done";
    private const string Account = "98765432";
    private const string Pin = "7319";

    [Theory]
    [InlineData("en-US", "list the open port orders", "Port order port-open", "Losing carrier", "Port order port-approved changed", "Port order port-open cancelled")]
    [InlineData("fr-FR", "où en est mon transfert ?", "Commande de portage port-open", "Opérateur actuel", "Commande de portage port-approved modifiée", "Commande de portage port-open annulée")]
    public async Task ListOpen_Show_ChangeTheFocByTheForm_Cancel_EachThroughAPlanAndConfirm(
        string locale, string list, string title, string carrier, string changed, string cancelled)
    {
        var tenant = await WorldAsync();
        var foc = NextWednesday(DateTimeOffset.UtcNow.AddDays(20));

        var listing = await SayAsync(tenant, Boss, list, locale);
        var shown = Shown(await ClickAsync(tenant, Boss, ShowButton(listing, Open), locale));
        var approved = await ClickAsync(tenant, Boss, ShowButton(listing, Approved), locale);
        var form = await ClickAsync(tenant, Boss, ObjectButton(approved, "ChangeObject"), locale);
        var data = WithInputs(CardOf(form), ActionData(form, "numobj.portdate"));
        data["numobjPortDate"] = foc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var focPlan = await ClickAsync(tenant, Boss, data, locale);
        var focDone = Shown(await ClickAsync(tenant, Boss, ConfirmData(focPlan), locale));
        var cancelPlan = await ClickAsync(tenant, Boss, Button("RemoveObject", Open), locale);
        var cancelDone = Shown(await ClickAsync(tenant, Boss, ConfirmData(cancelPlan), locale));
        var after = Shown(await SayAsync(tenant, Boss, list, locale));

        Assert.Contains(Open, Shown(listing), StringComparison.Ordinal);
        Assert.Contains(Approved, Shown(listing), StringComparison.Ordinal);
        Assert.DoesNotContain(Done, Shown(listing), StringComparison.Ordinal);
        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(carrier, shown, StringComparison.Ordinal);
        Assert.Contains("+12065550150, +12065550151", shown, StringComparison.Ordinal);
        Assert.Contains("XXXX32", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Account, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Pin, shown, StringComparison.Ordinal);
        Assert.Contains("2026-12-30", (string?)CardOf(form).SelectTokens("$..[?(@.id == 'numobjPortDate')]").First()["value"] ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(focPlan), StringComparison.Ordinal);
        Assert.Contains(changed, focDone, StringComparison.Ordinal);
        Assert.Equal(foc, DateOnly.FromDateTime((await PortAsync(tenant, Approved))!.FocDate!.Value.ToOffset(BusinessCalendar.Est).DateTime));
        Assert.Contains(cancelled, cancelDone, StringComparison.Ordinal);
        Assert.Equal(PortOrderStatus.Cancelled, (await PortAsync(tenant, Open))!.Status);
        Assert.DoesNotContain(Open, after, StringComparison.Ordinal);
        Assert.Contains(Approved, after, StringComparison.Ordinal);

        // Undo: a port order is edited or cancelled, never undone; the refusal says what to do instead and plans nothing.
        var undo = Shown(await SayAsync(tenant, Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale));
        Assert.Contains(locale == "fr-FR" ? "Une demande de portage ne s’annule pas ainsi" : "A port order can’t be undone: edit it or cancel it instead", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", undo, StringComparison.Ordinal);
        Assert.Equal(PortOrderStatus.Cancelled, (await PortAsync(tenant, Open))!.Status);
    }

    [Theory]
    [InlineData("en-US", "RemoveObject", "Port order port-done is completed and can’t be cancelled any more")]
    [InlineData("fr-FR", "RemoveObject", "La commande de portage port-done est à l’état terminé et ne peut plus être annulée")]
    [InlineData("en-US", "ChangeObject", "Port order port-done is completed and can’t be edited")]
    [InlineData("fr-FR", "ChangeObject", "La commande de portage port-done est à l’état terminé et ne peut pas être modifiée")]
    public async Task WhatThePortRulesForbid_IsRefusedWithTheReason(string locale, string intent, string refusal)
    {
        var tenant = await WorldAsync();

        var refused = Shown(await ClickAsync(tenant, Boss, Button(intent, Done), locale));

        Assert.Contains(refusal, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.Equal(PortOrderStatus.Completed, (await PortAsync(tenant, Done))!.Status);
    }

    [Fact]
    public async Task Helpdesk_SeesTheMaskedCardWithoutButtons_AndIsRefused_AndAUserIsRefusedTheList()
    {
        var tenant = await WorldAsync();

        var helpdesk = Shown(await ClickAsync(tenant, Helper, Button("ShowObject", Open)));
        var forged = Shown(await ClickAsync(tenant, Helper, Button("RemoveObject", Open)));
        var forgedForm = Shown(await ClickAsync(tenant, Helper, new JObject { ["verb"] = "numobj.portdate", ["orderId"] = Approved, ["seen"] = "x", ["numobjPortDate"] = "2027-01-13" }));
        var user = Shown(await SayAsync(tenant, Worker, "list the open port orders"));

        Assert.Contains("Port order port-open", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain(Account, helpdesk, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forged, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forgedForm, StringComparison.Ordinal);
        Assert.DoesNotContain(Open, user, StringComparison.Ordinal);
        Assert.Equal(PortOrderStatus.Processing, (await PortAsync(tenant, Open))!.Status);
    }

    [Fact]
    public async Task APlanConfirmedAfterTheOrderMovedOn_IsRefusedClearly_AndConfirmingTwiceAppliesOnce()
    {
        var tenant = await WorldAsync();
        var stale = await ClickAsync(tenant, Boss, Button("RemoveObject", Approved));
        var order = (await PortAsync(tenant, Approved))!;
        await TenantSeed.PutAsync(Factory.Services, tenant, PortingCollections.Orders, (Approved, order.MoveTo(PortOrderStatus.TransferPending, DateTimeOffset.UtcNow)));
        var refused = Shown(await ClickAsync(tenant, Boss, ConfirmData(stale)));

        var plan = await ClickAsync(tenant, Boss, Button("RemoveObject", Open), conversation: "twice");
        var first = Shown(await ClickAsync(tenant, Boss, ConfirmData(plan), conversation: "twice"));
        var second = Shown(await ClickAsync(tenant, Boss, ConfirmData(plan), conversation: "twice"));

        Assert.Contains("Port order port-approved moved on since this was planned (it is now transfer pending), so nothing was changed", refused, StringComparison.Ordinal);
        Assert.Equal(PortOrderStatus.TransferPending, (await PortAsync(tenant, Approved))!.Status);
        Assert.Contains("Port order port-open cancelled", first, StringComparison.Ordinal);
        Assert.Contains("Already done by you", second, StringComparison.Ordinal);
        Assert.Equal(2, (await PortAsync(tenant, Open))!.History.Count);
    }

    private static DateOnly NextWednesday(DateTimeOffset from)
    {
        var date = DateOnly.FromDateTime(from.UtcDateTime);
        while (date.DayOfWeek != DayOfWeek.Wednesday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private async Task<TenantId> WorldAsync()
    {
        var tenant = TenantId.Parse("p-" + Guid.NewGuid().ToString("N")[..12]);
        await TenantSeed.PeopleAsync(Factory.Services, tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
            (Helper, "helper@fabrikam.com", "Hel Per", "US", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "US", "user"));
        var now = DateTimeOffset.UtcNow;
        var details = new PortDetails(Account, "+12065550159", Pin, "Contoso", "Megan Bowen", "1 Microsoft Way", "Redmond", "WA", "98052", PortType.Partial,
            new DateOnly(2026, 12, 20), new TimeOnly(9, 0), "Megan Bowen", "Lumen", ["it@contoso.com"]);
        PortOrder Order(string id, PortOrderStatus status, string[] numbers, DateTimeOffset? foc = null) =>
            new(id, status, details, numbers, PortNumberKind.Local, null, now, foc, null,
                [new PortStatusChange(PortOrderStatus.Processing, now), .. status == PortOrderStatus.Processing ? Array.Empty<PortStatusChange>() : [new PortStatusChange(status, now)]]);
        await TenantSeed.PutAsync(Factory.Services, tenant, PortingCollections.Orders,
            (Open, Order(Open, PortOrderStatus.Processing, ["+12065550150", "+12065550151"])),
            (Approved, Order(Approved, PortOrderStatus.TransferApproved, ["+12065550152"], BusinessCalendar.At(new DateOnly(2026, 12, 30), new TimeOnly(9, 0)))),
            (Done, Order(Done, PortOrderStatus.Completed, ["+12065550153"])));
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
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = "PortOrder", ["objectId"] = id };

    private Task<PortOrder?> PortAsync(TenantId tenant, string id) =>
        TenantSeed.GetAsync(Factory.Services, tenant, PortingCollections.Orders, id);
}
