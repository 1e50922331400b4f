using ChatPhone.Bot.Proactive;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Triage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>Tickets (list, show, hand over by a sentence, resolve by Remove) and the helpdesk channel (show, stop).</summary>
public sealed partial class ServicesObjectConversationTests
{
    [Theory]
    [InlineData("en-US", "hand ticket {0} over to He Helper", "Open tickets: 1", "is now with He Helper", "is resolved")]
    [InlineData("fr-FR", "confie le ticket {0} à He Helper", "Tickets ouverts : 1", "est maintenant confié à He Helper", "est résolu")]
    public async Task Ticket_ListShowHandOverResolve_GoesThroughPlansAndConfirm_AndConfirmingTwiceResolvesOnce(
        string locale, string handOver, string listed, string handedOver, string resolved)
    {
        var ticket = await TicketAsync();

        var list = Shown(await ClickAsync(Helper, Object("ListObjects", "Ticket", "open"), locale));
        var card = Shown(await ClickAsync(Boss, Object("ShowObject", "Ticket", ticket.Id), locale));
        var handOverPlan = await SayAsync(Boss, string.Format(System.Globalization.CultureInfo.InvariantCulture, handOver, ticket.Id), locale);
        var handOverDone = Shown(await ConfirmAsync(Boss, handOverPlan, locale));
        var resolvePlan = await ClickAsync(Boss, Object("RemoveObject", "Ticket", ticket.Id), locale);
        var resolveDone = Shown(await ConfirmAsync(Boss, resolvePlan, locale));
        await ConfirmAsync(Boss, resolvePlan, locale);
        var after = await TicketsAsync();

        Assert.Contains(listed, list, StringComparison.Ordinal);
        Assert.Contains(ticket.Id, list, StringComparison.Ordinal);
        Assert.Contains(ticket.Id, card, StringComparison.Ordinal);
        Assert.Contains("Wo Worker", card, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(handOverPlan), StringComparison.Ordinal);
        Assert.Contains(handedOver, handOverDone, StringComparison.Ordinal);
        Assert.Contains(resolved, resolveDone, StringComparison.Ordinal);
        var stored = Assert.Single(after);
        Assert.Equal(TicketStatus.Resolved, stored.Status);
        Assert.Equal(Helper, stored.AssigneeId);
        Assert.Single(stored.History, e => e.Change == TicketChange.Resolved);

        // Undo: a ticket is reopened or handed over, never undone; the refusal says so and plans nothing.
        var undo = Shown(await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale));
        Assert.Contains(locale == "fr-FR" ? "Les tickets ne s’annulent pas" : "Tickets aren’t undone", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", undo, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Resolved, Assert.Single(await TicketsAsync()).Status);
    }

    [Fact]
    public async Task Ticket_HelpdeskIsRefusedChangesByChat_AndAUserIsRefusedTheList()
    {
        var ticket = await TicketAsync();

        var change = Shown(await ClickAsync(Helper, Object("RemoveObject", "Ticket", ticket.Id)));
        var list = Shown(await ClickAsync(Worker, Object("ListObjects", "Ticket", "open")));

        Assert.Contains("Only an admin can do this.", change, StringComparison.Ordinal);
        Assert.Contains("Only helpdesk staff or an admin can do this.", list, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, Assert.Single(await TicketsAsync()).Status);
    }

    [Theory]
    [InlineData("en-US", "Teams channel", "helpdesk tickets are no longer posted")]
    [InlineData("fr-FR", "Canal Teams", "les tickets du support ne sont plus publiés")]
    public async Task HelpdeskChannel_ShowStop_GoesThroughAPlan_AndForgetsTheChannel(string locale, string kind, string stopped)
    {
        var references = await HelpdeskChannelAsync("19:helpdesk@thread.tacv2");

        var card = Shown(await ClickAsync(Boss, Object("ShowObject", "HelpdeskChannel", "helpdesk-channel"), locale));
        var plan = await ClickAsync(Boss, ButtonData(await ClickAsync(Boss, Object("ShowObject", "HelpdeskChannel", "helpdesk-channel"), locale), "RemoveObject"), locale);
        var done = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains(kind, card, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(stopped, done, StringComparison.Ordinal);
        Assert.False((await references.FindHelpdeskChannelAsync(_tenant)).IsSuccess);

        // The stop is in the audit trail (from which conversation), and an undo says what to do instead of moving it back.
        var trail = await Factory.Services.GetRequiredService<ChatPhone.Core.Audit.IAuditLog>().QueryAsync(_tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), Boss);
        var stop = Assert.Single(trail, e => e.Action == AuditActions.Helpdesk.ChannelStop);
        Assert.Contains("19:helpdesk@thread.tacv2", stop.Before, StringComparison.Ordinal);
        Assert.Null(stop.After);
        var undo = Shown(await SayAsync(Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale));
        Assert.Contains(locale == "fr-FR" ? "Le canal du support ne se rétablit pas par une annulation" : "The helpdesk channel isn’t moved back by an undo", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", undo, StringComparison.Ordinal);
        Assert.DoesNotContain("undo.change", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpdeskChannel_ChangedFromAnotherChannel_MovesThereOnConfirm_AndNotFromAPersonalChat()
    {
        var references = await HelpdeskChannelAsync("19:old@thread.tacv2");

        var personal = Shown(await ClickAsync(Boss, Object("ChangeObject", "HelpdeskChannel", "helpdesk-channel")));
        var plan = await ClickInChannelAsync(Boss, Object("ChangeObject", "HelpdeskChannel", "helpdesk-channel"));
        await ClickInChannelAsync(Boss, ConfirmData(plan));

        Assert.Contains("Say this in the channel", personal, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        Assert.Equal("19:new@thread.tacv2", (await references.FindHelpdeskChannelAsync(_tenant)).Value.Conversation.Id);
    }

    [Theory]
    [InlineData("en-US", "stop posting tickets to the helpdesk channel", "Stop posting helpdesk tickets to a channel")]
    [InlineData("fr-FR", "n'utilise plus le canal du support pour les tickets", "Ne plus publier les tickets du support dans un canal")]
    public async Task SayingToStopInAChannel_PlansTheStop_AndNeverMakesThisChannelTheHelpdesks(string locale, string text, string title)
    {
        var references = await HelpdeskChannelAsync("19:helpdesk@thread.tacv2");
        var message = InChannel(Message(Boss, text, conversation: "19:new@thread.tacv2", tenant: _tenant.Value, locale: locale));

        var plan = Shown(await SendAsync(Client, message));

        Assert.Contains(title, plan, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", plan, StringComparison.Ordinal);
        Assert.Equal("19:helpdesk@thread.tacv2", (await references.FindHelpdeskChannelAsync(_tenant)).Value.Conversation.Id);
    }

    [Theory]
    [InlineData("en-US", "show ticket {0}", "close ticket {0}, it works again", "is resolved")]
    [InlineData("fr-FR", "montre le ticket {0}", "ferme le ticket {0}, ça remarche", "est résolu")]
    public async Task Ticket_TypedShowAndClose_ReachTheTicket_NotTheListOfOpenTickets(string locale, string show, string close, string resolved)
    {
        var ticket = await TicketAsync();
        var helper = new Actor(_tenant, Helper, "He Helper", Role.Helpdesk);
        var other = (await Factory.Services.GetRequiredService<TicketService>().OpenAsync(
            new OpenTicket(helper, IdempotencyKey.New(), new TriageReport(Helper, "He Helper", Symptom.CannotReceiveCalls, [])))).Value;

        var card = Shown(await SayAsync(Boss, string.Format(System.Globalization.CultureInfo.InvariantCulture, show, ticket.Id), locale));
        var plan = await SayAsync(Boss, string.Format(System.Globalization.CultureInfo.InvariantCulture, close, ticket.Id), locale);
        var done = Shown(await ConfirmAsync(Boss, plan, locale));

        Assert.Contains(ticket.Id, card, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id, card, StringComparison.Ordinal);
        Assert.Contains(resolved, done, StringComparison.Ordinal);
        var all = await TicketsAsync();
        Assert.Equal(TicketStatus.Resolved, all.Single(t => t.Id == ticket.Id).Status);
        Assert.Equal(TicketStatus.Open, all.Single(t => t.Id != ticket.Id).Status);
    }

    [Theory]
    [InlineData("en-US", "show the helpdesk channel")]
    [InlineData("fr-FR", "quel est le canal du support ?")]
    public async Task AskingWhichIsTheHelpdeskChannel_InAnotherChannel_ShowsIt_AndNeverMovesIt(string locale, string text)
    {
        var references = await HelpdeskChannelAsync("19:helpdesk@thread.tacv2");
        var message = InChannel(Message(Boss, text, conversation: "19:new@thread.tacv2", tenant: _tenant.Value, locale: locale));

        var shown = Shown(await SendAsync(Client, message));

        Assert.Contains("19:helpdesk@thread.tacv2", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", shown, StringComparison.Ordinal);
        Assert.Equal("19:helpdesk@thread.tacv2", (await references.FindHelpdeskChannelAsync(_tenant)).Value.Conversation.Id);
    }

    // A click in the Teams channel 19:new@thread.tacv2.
    private Task<IReadOnlyList<JObject>> ClickInChannelAsync(string user, JObject data)
    {
        var activity = InChannel(Invoke(user, data, conversation: "19:new@thread.tacv2"));
        activity["conversation"]!["tenantId"] = _tenant.Value;
        return SendAsync(Client, activity);
    }

    // The activity as Teams sends it from a channel.
    private static JObject InChannel(JObject activity)
    {
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        return activity;
    }

    // The tenant's helpdesk channel set to the Teams channel <paramref name="conversationId"/>.
    private async Task<ConversationReferenceStore> HelpdeskChannelAsync(string conversationId)
    {
        var references = Factory.Services.GetRequiredService<ConversationReferenceStore>();
        await references.SaveHelpdeskChannelAsync(_tenant, new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: conversationId),
        });
        return references;
    }

    private async Task<Ticket> TicketAsync()
    {
        var worker = new Actor(_tenant, Worker, "Wo Worker", Role.User);
        var opened = await Factory.Services.GetRequiredService<TicketService>().OpenAsync(
            new OpenTicket(worker, IdempotencyKey.New(), new TriageReport(Worker, "Wo Worker", Symptom.CannotCallOut, [])));
        Assert.True(opened.IsSuccess, opened.Error?.Code);
        return opened.Value;
    }

    private async Task<IReadOnlyList<Ticket>> TicketsAsync() =>
        (await Factory.Services.GetRequiredService<TicketService>().ListAllAsync(TenantAdmin)).Value;
}
