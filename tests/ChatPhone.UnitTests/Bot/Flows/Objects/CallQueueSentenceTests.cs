using ChatPhone.Bot.Flows.Objects.CallQueues;
using ChatPhone.Core.CallQueues;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>What a change sentence asks of a call queue, in English and French, several changes at once.</summary>
public sealed class CallQueueSentenceTests
{
    [Theory]
    [InlineData("rename the queue Sales to Ventes", "Sales", "Ventes", null, null, null, null)]
    [InlineData("renomme la file Ventes en Sales", "Ventes", "Sales", null, null, null, null)]
    [InlineData("raise the agent alert time to 30 s", "Sales", null, null, 30, null, null)]
    [InlineData("passe le délai d'alerte à 30 secondes", "Sales", null, null, 30, null, null)]
    [InlineData("set the Sales queue to round robin", "Sales", null, RoutingMethod.RoundRobin, null, null, null)]
    [InlineData("mets la file Support en tourniquet", "Support", null, RoutingMethod.RoundRobin, null, null, null)]
    [InlineData("set the timeout of the Sales queue to 5 minutes", "Sales", null, null, null, 300, null)]
    [InlineData("passe le délai d'attente de la file Support à 90 s", "Support", null, null, null, 90, null)]
    [InlineData("set the overflow threshold of Sales to 20 calls", "Sales", null, null, null, null, 20)]
    [InlineData("rename Sales to Ventes, longest idle, agent alert time 45 s and overflow 10", "Sales", "Ventes", RoutingMethod.LongestIdle, 45, null, 10)]
    [InlineData("renomme la file Ventes en Support et passe le délai d'alerte à 20 secondes", "Ventes", "Support", null, 20, null, null)]
    [InlineData("edit the Sales queue", "Sales", null, null, null, null, null)]
    public void Read_FindsEveryChangeTheSentenceAsks(string text, string queue, string? name, RoutingMethod? routing, int? alert, int? timeout, int? overflow)
    {
        var request = CallQueueSentence.Read(text, queue);

        Assert.Equal(name, request.Name);
        Assert.Equal(routing, request.Routing);
        Assert.Equal(alert, request.AlertTime);
        Assert.Equal(timeout, request.Timeout);
        Assert.Equal(overflow, request.Overflow);
        Assert.Empty(request.RemovedAgents);
    }

    [Theory]
    [InlineData("remove Alex from the Sales queue", "Sales", "Alex")]
    [InlineData("retire Inès de la file Support", "Support", "Inès")]
    [InlineData("remove Alex and Sam Taylor from Sales", "Sales", "Alex|Sam Taylor")]
    [InlineData("enlève les agents Chloé et Lucas de la file d'attente Ventes", "Ventes", "Chloé|Lucas")]
    public void Read_FindsThePeopleToTakeOutOfTheQueue(string text, string queue, string people)
    {
        var request = CallQueueSentence.Read(text, queue);

        Assert.Equal(people.Split('|'), request.RemovedAgents);
        Assert.True(CallQueueSentence.RemovesAgents(text, queue));
    }

    [Theory]
    [InlineData("delete the Sales queue", "Sales")]
    [InlineData("supprime la file d'attente Support", "Support")]
    [InlineData("remove the call queue Sales", "Sales")]
    public void RemovesAgents_IsFalse_ForTheRemovalOfTheQueueItself(string text, string queue)
    {
        Assert.False(CallQueueSentence.RemovesAgents(text, queue));
    }
}
