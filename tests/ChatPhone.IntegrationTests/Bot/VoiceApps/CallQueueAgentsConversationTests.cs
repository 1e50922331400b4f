using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// Listing the call queues and adding agents to one through <c>POST /api/messages</c>, in English and French:
/// routing in words, agents by name, the plan card and Confirm, and the refusals (unknown queue, already an agent).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CallQueueAgentsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";

    [Fact]
    public async Task ListCallQueues_AfterCreatingOneByChat_ShowsRoutingInWordsAndAgentsByName()
    {
        await LicensePhoneSystemAsync(Alex, Sam);
        var plan = await SendAsync(Client, Message(Megan, "create a call queue Sales, round robin, agents Alex and Sam", "cq-list"));
        await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "cq-list"));

        var english = Shown(await SendAsync(Client, Message(Priya, "list the call queues", "cq-list-helpdesk")));
        var french = Shown(await SendAsync(Client, Message(Camille, "affiche les files d'attente", "cq-list-fr", locale: "fr-FR")));

        Assert.Contains("Call queues", english, StringComparison.Ordinal);
        Assert.Contains("Sales", english, StringComparison.Ordinal);
        Assert.Contains("Round robin (calls spread evenly)", english, StringComparison.Ordinal);
        Assert.DoesNotContain("RoundRobin", english, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber, Sam Taylor", english, StringComparison.Ordinal);
        Assert.Contains("none (no resource account with a number)", english, StringComparison.Ordinal);
        Assert.Contains("Tourniquet (appels répartis équitablement)", french, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber, Sam Taylor", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListCallQueues_WithNone_SaysSo()
    {
        var replies = Shown(await SendAsync(Client, Message(Megan, "list the call queues")));

        Assert.Contains("There is no call queue yet.", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddQueueAgents_InEnglish_PlansThenAddsOnConfirm_AndTheListShowsTheNewAgent()
    {
        await LicensePhoneSystemAsync(Alex, Sam);
        await CreateCallQueueAsync("Sales", Alex);

        var plan = await SendAsync(Client, Message(Megan, "add Sam to the Sales queue", "cq-add-en"));
        var before = await CallQueueAsync("Sales");
        var done = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "cq-add-en"));
        var listed = Shown(await SendAsync(Client, Message(Megan, "list the call queues", "cq-add-en")));

        Assert.Contains("Add agents to the call queue “Sales”", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor (sam.taylor@contoso.com)", Shown(plan), StringComparison.Ordinal);
        Assert.Equal([Alex], before.Settings.Users);
        Assert.Contains("New agents of the call queue “Sales”: Sam Taylor.", Shown(done), StringComparison.Ordinal);
        Assert.Equal([Alex, Sam], (await CallQueueAsync("Sales")).Settings.Users.Order());
        Assert.Contains("Alex Wilber, Sam Taylor", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddQueueAgents_InFrench_SeveralPeople_AreAddedTogetherOnConfirm()
    {
        await LicensePhoneSystemAsync(Lucas, Chloe);
        await CreateCallQueueAsync("Support");

        var plan = await SendAsync(Client, Message(Camille, "ajoute Lucas et Chloé à la file Support", "cq-add-fr", locale: "fr-FR"));
        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "cq-add-fr", "fr-FR"));

        Assert.Contains("Ajouter des agents à la file d’attente « Support »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Nouveaux agents de la file d’attente « Support » : Lucas Bernard, Chloé Dubois.", Shown(done), StringComparison.Ordinal);
        Assert.Equal([Lucas, Chloe], (await CallQueueAsync("Support")).Settings.Users.Order());
    }

    [Theory]
    [InlineData("add Sam to the Marketing queue", "en-US", "There is no call queue named “Marketing”, so nothing was changed. The queues: “Sales”.")]
    [InlineData("ajoute Sam à la file Marketing", "fr-FR", "Il n’y a pas de file d’attente nommée « Marketing », donc rien n’a été modifié. Les files : « Sales ».")]
    public async Task AddQueueAgents_ToAnUnknownQueue_IsRefused_NamingTheQueuesThereAre(string text, string locale, string expected)
    {
        await LicensePhoneSystemAsync(Sam);
        await CreateCallQueueAsync("Sales");

        var replies = Shown(await SendAsync(Client, Message(Megan, text, "cq-unknown", locale: locale)));

        Assert.Contains(expected, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Empty((await CallQueueAsync("Sales")).Settings.Users);
    }

    [Fact]
    public async Task AddQueueAgents_SomeoneAlreadyAnAgent_OrUnknown_GetsNoPlan()
    {
        await LicensePhoneSystemAsync(Alex);
        await CreateCallQueueAsync("Sales", Alex);

        var already = Shown(await SendAsync(Client, Message(Megan, "add Alex to the Sales queue", "cq-already")));
        var nobody = Shown(await SendAsync(Client, Message(Megan, "add Zorro to the Sales queue", "cq-nobody")));
        var user = Shown(await SendAsync(Client, Message(Alex, "add Alex to the Sales queue", "cq-user")));

        Assert.Contains("Already in the call queue “Sales”: Alex Wilber.", already, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", already, StringComparison.Ordinal);
        Assert.Contains(new Error("directory.person_not_found", "Zorro").Describe(Language.English), nobody, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", nobody, StringComparison.Ordinal);
        Assert.Contains("Only an admin", user, StringComparison.Ordinal);
    }
}
