using ChatPhone.Core.Helpdesk;

namespace ChatPhone.UnitTests.Core.Helpdesk;

/// <summary>Ticket ids: the tenant's next number, whatever the client sends.</summary>
public sealed class TicketIdTests
{
    [Theory]
    [InlineData(new string[0], "T-1001")]
    [InlineData(new[] { "T-1001", "T-1002" }, "T-1003")]
    [InlineData(new[] { "T-1001", "T-1007", "T-1003" }, "T-1008")]
    [InlineData(new[] { "T-E971B3", "T-00AB12" }, "T-1001")]
    [InlineData(new[] { "T-123456", "T-1001" }, "T-123457")]
    [InlineData(new[] { "T-001002", "T-1002" }, "T-1003")]
    public void NextId_IsOnePastTheHighestNumber_AndNeverOneInUse(string[] taken, string expected)
    {
        Assert.Equal(expected, TicketService.NextId(taken));
        Assert.DoesNotContain(TicketService.NextId(taken), taken);
    }
}
