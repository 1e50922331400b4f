using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// What every kind shares, through <c>POST /api/messages</c>: the object found by its name whatever the phrasing (even
/// with no kind word), "which one?" buttons when a sentence names none, the refusals by role, and object buttons that
/// cannot be forged into another intent or another tenant's object.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ObjectFlowConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    [Theory]
    [InlineData("show me the details of Zephyr", "en-US", "Call queue “Zephyr”")]
    [InlineData("montre-moi les détails de Zephyr", "fr-FR", "File d’attente « Zephyr »")]
    public async Task AnObjectNamedWithoutItsKind_IsFoundByItsName(string text, string locale, string title)
    {
        await CreateQueueAsync("Zephyr");

        var replies = await SendAsync(Client, Message(Megan, text, locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delete the queue", "en-US", "Which call queue?")]
    [InlineData("supprime la file d'attente", "fr-FR", "Quelle file d’attente ?")]
    public async Task ARemovalThatNamesNoQueue_AsksWhichWithAButtonPerQueue(string text, string locale, string question)
    {
        await CreateQueueAsync("Zephyr");
        await CreateQueueAsync("Aquilon");

        var card = CardOf(await SendAsync(Client, Message(Megan, text, locale: locale)));

        Assert.Contains(question, card.ToString(), StringComparison.Ordinal);
        var buttons = card.SelectTokens("$.actions[*]").OfType<JObject>().Select(b => (string?)b["title"]).ToArray();
        Assert.Equal(["Aquilon", "Zephyr"], buttons.Order());
        Assert.Equal(2, (await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value.Count);
    }

    [Theory]
    [InlineData("en-US", "There is no auto attendant yet.")]
    [InlineData("fr-FR", "Il n’y a encore aucun standard automatique.")]
    public async Task AKindWithNothingYet_SaysSo(string locale, string answer)
    {
        var replies = await SendAsync(Client, Message(Megan, locale == "fr-FR" ? "supprime le standard automatique" : "delete the auto attendant", locale: locale));

        Assert.Contains(answer, Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUser_CannotSeeOrRemoveObjects()
    {
        await CreateQueueAsync("Zephyr");

        var shown = Shown(await SendAsync(Client, Message(Alex, "show the Zephyr queue")));
        var removed = Shown(await SendAsync(Client, Message(Alex, "delete the Zephyr queue")));

        Assert.DoesNotContain("Call queue “Zephyr”", shown, StringComparison.Ordinal);
        Assert.Contains("helpdesk", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("admin", removed, StringComparison.OrdinalIgnoreCase);
        Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
    }

    [Fact]
    public async Task AForgedObjectButton_ForAnIntentThatTakesNoObject_IsRefused()
    {
        var forged = new JObject { ["verb"] = "object.act", ["intent"] = "BuyLicenses", ["kind"] = "CallQueue", ["objectId"] = "q-1" };

        var replies = Shown(await SendAsync(Client, Invoke(Megan, forged, "conv-forged-object")));

        Assert.DoesNotContain("Teams Phone", replies, StringComparison.Ordinal);
        Assert.Contains("button", replies, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnObjectButton_WithAnotherTenantsId_FindsNothing()
    {
        var other = new Actor(TenantId.Parse("o-" + Guid.NewGuid().ToString("N")[..12]), Megan, "Megan Bowen", Role.Admin);
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(other, IdempotencyKey.New(), new CallQueueSettings { Name = "Secret" }));
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error.Code);
        var click = new JObject { ["verb"] = "object.act", ["intent"] = "RemoveObject", ["kind"] = "CallQueue", ["objectId"] = created.Value.Queue.Id };

        var replies = Shown(await SendAsync(Client, Invoke(Megan, click, "conv-other-tenant")));

        Assert.Contains("This call queue no longer exists.", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", replies, StringComparison.Ordinal);
        Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(other)).Value);
    }

    private async Task CreateQueueAsync(string name)
    {
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, IdempotencyKey.New(), new CallQueueSettings { Name = name }));
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error.Code);
    }
}
