using ChatPhone.Bot.Flows.Objects.CallQueues;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>Where a queue's agents come from, as a sentence says it: this channel, groups by id, in and out.</summary>
public sealed class QueueAgentSourcesTests
{
    private const string A = "6f1c1f4e-8b1d-4d43-9c55-2f1e3d1c0a11";
    private const string B = "7a2d2e5f-9c2e-4e54-8d66-3f2e4d2c1b22";

    [Theory]
    [InlineData("the members of this channel answer the Sales queue")]
    [InlineData("Sales queue agents come from this channel")]
    [InlineData("use this channel's members as agents of the Sales queue")]
    [InlineData("la file Ventes prend ses agents dans ce canal")]
    [InlineData("les membres du canal actuel répondent à la file Ventes")]
    public void ThisChannel_IsRead_AndBlankedSoNobodyIsReadFromIt(string text)
    {
        var sources = QueueAgentSources.Read(text);

        Assert.Equal(ChannelChange.ThisChannel, sources.Channel);
        Assert.Equal(text.Length, sources.Blanked.Length);
        Assert.DoesNotContain("channel", sources.Blanked, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("canal", sources.Blanked, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("stop using this channel for the Sales queue")]
    [InlineData("the Sales queue: no more channel")]
    [InlineData("la file Ventes n’utilise plus ce canal")]
    [InlineData("retire le canal de la file Ventes")]
    public void TakingTheChannelAway_IsNeverReadAsTakingItIn(string text) =>
        Assert.Equal(ChannelChange.Remove, QueueAgentSources.Read(text).Channel);

    [Theory]
    [InlineData("add groups " + A + " and " + B + " to the Sales queue", new[] { A, B }, new string[0])]
    [InlineData("ajoute la liste de distribution " + A + " à la file Ventes", new[] { A }, new string[0])]
    [InlineData("remove group " + A + " from the Sales queue", new string[0], new[] { A })]
    [InlineData("retire le groupe " + B + " de la file Ventes et ajoute le groupe " + A, new[] { A }, new[] { B })]
    public void Groups_AreReadByTheirIds_InOrOut(string text, string[] added, string[] removed)
    {
        var sources = QueueAgentSources.Read(text);

        Assert.Equal(added, sources.AddedGroups);
        Assert.Equal(removed, sources.RemovedGroups);
        Assert.False(sources.GroupWithoutId);
    }

    [Theory]
    [InlineData("retire le groupe " + A + " de la file Ventes", "retire", "de la file Ventes")]
    [InlineData("remove the group " + A + " from the Sales queue", "remove", "from the Sales queue")]
    public void AGroupsArticle_IsBlankedWithIt_SoNoWordIsLeftToReadAsAPerson(string text, string before, string after) =>
        Assert.Equal($"{before} {after}", string.Join(' ', QueueAgentSources.Read(text).Blanked.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Theory]
    [InlineData("add the group Sales Team to the Sales queue", true)]
    [InlineData("ajoute le groupe Commerciaux à la file Ventes", true)]
    [InlineData("add Alex and Sam to the Sales queue", false)]
    public void AGroupNamedWithoutItsId_IsNoticed(string text, bool noticed) =>
        Assert.Equal(noticed, QueueAgentSources.Read(text).GroupWithoutId);

    [Fact]
    public void ApplyingThem_TakesTheChannelFromWhereItWasSaid_AndTheSpeakerAsOwner()
    {
        var current = new CallQueueSettings { Name = "Sales", DistributionLists = [B] };
        var problems = new List<string>();
        var place = new TeamsChannelPlace(A, "19:floor@thread.tacv2");

        var edit = QueueAgentSources.Read("take the agents from this channel and group " + A).ApplyTo(new CallQueueEdit(), current, place, "boss", Language.English, problems);
        var outside = QueueAgentSources.Read("take the agents from this channel").ApplyTo(new CallQueueEdit(), current, null, "boss", Language.French, problems);

        Assert.Equal(new ChannelLink(A, "19:floor@thread.tacv2", "boss"), edit.Channel);
        Assert.Equal([B, A], edit.Groups);
        Assert.Null(outside.Channel);
        Assert.StartsWith("Pour prendre les agents d’un canal Teams", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TheChannelPlace_IsReadFromTeamsChannelData_OnlyInATeamsChannel()
    {
        var inChannel = new Activity
        {
            Conversation = new ConversationAccount { Id = "19:floor@thread.tacv2;messageid=1", ConversationType = "channel" },
            ChannelData = JObject.Parse($"{{\"team\":{{\"aadGroupId\":\"{A}\"}}}}"),
        };
        var personal = new Activity { Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" }, ChannelData = inChannel.ChannelData };

        Assert.Equal(new TeamsChannelPlace(A, "19:floor@thread.tacv2"), TeamsChannelPlace.Of(inChannel));
        Assert.Null(TeamsChannelPlace.Of(personal));
        Assert.Null(TeamsChannelPlace.Of(new Activity { Conversation = inChannel.Conversation }));
    }
}
