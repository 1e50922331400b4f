using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// A call queue's agents from a Teams channel or from groups, by chat through <c>POST /api/messages</c>: said in a team's
/// channel, "the members of this channel answer the Sales queue" links that channel (its team's group, its id, the admin
/// as owner) and "stop using this channel…" unlinks it; groups are taken in and out by their object ids, several at once;
/// said outside a channel, or naming a group without its id, the bot says what it needs and changes nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CallQueueSourcesConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";
    private const string TeamGroup = "5b0f3c1e-6a7d-4e2f-9c8b-1a2b3c4d5e6f";
    private const string SalesChannel = "19:sales-floor@thread.tacv2";
    private const string GroupA = "6f1c1f4e-8b1d-4d43-9c55-2f1e3d1c0a11";
    private const string GroupB = "7a2d2e5f-9c2e-4e54-8d66-3f2e4d2c1b22";

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant, (Boss, "boss@northwind.com", "Bo Boss", "US", "admin"));
        foreach (var name in new[] { "Sales", "Ventes" })
        {
            var queue = await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantSeed.Admin(Tenant), IdempotencyKey.New(), new CallQueueSettings { Name = name }));
            Assert.True(queue.IsSuccess, queue.Error?.Code);
        }
    }

    [Theory]
    [InlineData("en-US", "Sales", "the members of this channel answer the Sales queue", "stop using this channel for the Sales queue", "Teams channel", "I named you (Bo Boss)")]
    [InlineData("fr-FR", "Ventes", "la file Ventes prend ses agents dans ce canal", "la file Ventes n’utilise plus ce canal", "Canal Teams", "je vous ai indiqué (Bo Boss)")]
    public async Task SaidInAChannel_ItsMembersAnswerTheQueue_UntilTheChannelIsTakenAway(string locale, string queue, string link, string unlink, string label, string ownerNote)
    {
        var plan = await InChannelAsync(link, locale);
        await ConfirmInChannelAsync(plan, locale);
        var linked = await QueueAsync(queue);
        var stop = await InChannelAsync(unlink, locale);
        await ConfirmInChannelAsync(stop, locale);

        Assert.Contains($"{label}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"→ {SalesChannel}", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(ownerNote, Shown(plan), StringComparison.Ordinal);
        Assert.Equal(new ChannelLink(TeamGroup, SalesChannel, Boss), linked.Settings.Channel);
        Assert.Empty(linked.Settings.Users);
        Assert.Null((await QueueAsync(queue)).Settings.Channel);
    }

    [Fact]
    public async Task Groups_AreTakenInSeveralAtOnce_AndOutOneByOne_ByTheirIds()
    {
        var both = await SayAsync(Boss, $"ajoute les groupes {GroupA} et {GroupB} à la file Ventes", "fr-FR");
        await ConfirmAsync(Boss, both, "fr-FR");
        var added = await QueueAsync("Ventes");
        var one = await SayAsync(Boss, $"retire le groupe {GroupA} de la file Ventes", "fr-FR");
        await ConfirmAsync(Boss, one, "fr-FR");

        Assert.Contains("Groupes d’agents", Shown(both), StringComparison.Ordinal);
        Assert.Equal([GroupA, GroupB], added.Settings.DistributionLists);
        Assert.Contains($"{GroupA}, {GroupB} → {GroupB}", Shown(one), StringComparison.Ordinal);
        Assert.Equal([GroupB], (await QueueAsync("Ventes")).Settings.DistributionLists);
        Assert.Empty((await QueueAsync("Ventes")).Settings.Users);
        Assert.Contains("personne de nommé : les membres des groupes et du canal ci-dessous répondent", Shown(await SayAsync(Boss, "affiche la file Ventes", "fr-FR")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "the members of this channel answer the Sales queue", "say it in that channel")]
    [InlineData("fr-FR", "les membres de ce canal répondent à la file Ventes", "dites-le dans ce canal")]
    [InlineData("en-US", "add the group Sales Team to the Sales queue", "Name a group by its object ID")]
    [InlineData("fr-FR", "ajoute le groupe Commerciaux à la file Ventes", "Désignez un groupe par son ID d’objet")]
    [InlineData("en-US", $"remove group {GroupA} from the Sales queue", $"{GroupA} isn't one of the groups of Sales")]
    [InlineData("fr-FR", "la file Ventes n’utilise plus ce canal", "Ventes ne prend ses agents dans aucun canal")]
    public async Task WhatCannotBeDone_IsSaid_AndNothingChanges(string locale, string sentence, string said)
    {
        var before = await QueueAsync("Sales");

        var replies = await SayAsync(Boss, sentence, locale);

        Assert.Contains(said, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
        Assert.Equal(before.UpdatedAt, (await QueueAsync("Sales")).UpdatedAt);
    }

    [Fact]
    public async Task AQueueCreatedInAChannel_TakesItsMembers_WithNobodyElseReadAsAnAgent()
    {
        var plan = await InChannelAsync("create a call queue Support with the members of this channel as agents, round robin", "en-US");
        await ConfirmInChannelAsync(plan, "en-US");
        var support = await QueueAsync("Support");

        Assert.DoesNotContain("No person", Shown(plan), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new ChannelLink(TeamGroup, SalesChannel, Boss), support.Settings.Channel);
        Assert.Equal(RoutingMethod.RoundRobin, support.Settings.RoutingMethod);
        Assert.Empty(support.Settings.Users);
    }

    private Task<IReadOnlyList<JObject>> InChannelAsync(string text, string locale) =>
        SendAsync(Client, InChannel(Message(Boss, text, SalesChannel + ";messageid=1700000000000", Tenant.Value, locale)));

    private Task<IReadOnlyList<JObject>> ConfirmInChannelAsync(IReadOnlyList<JObject> plan, string locale) =>
        SendAsync(Client, InChannel(InTenant(Invoke(Boss, ConfirmData(plan), SalesChannel + ";messageid=1700000000000", locale))));

    // Said in the team's channel, as Teams sends it: the team's group and the channel's id in channelData.
    private JObject InChannel(JObject activity)
    {
        activity["conversation"]!["conversationType"] = "channel";
        activity["channelData"] = new JObject
        {
            ["team"] = new JObject { ["id"] = "19:team@thread.tacv2", ["aadGroupId"] = TeamGroup },
            ["channel"] = new JObject { ["id"] = SalesChannel },
            ["tenant"] = new JObject { ["id"] = Tenant.Value },
        };
        return activity;
    }

    private async Task<CallQueue> QueueAsync(string name) => (await Phone.VoiceApps.GetCallQueueAsync(TenantSeed.Admin(Tenant), name)).Value;
}
