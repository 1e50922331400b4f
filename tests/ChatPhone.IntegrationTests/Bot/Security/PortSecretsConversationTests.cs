using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>Through <c>POST /api/messages</c>: what the helpdesk reads of a port order never holds its PIN or account number.</summary>
[Collection(RedisCollection.Name)]
public sealed class PortSecretsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string AccountNumber = "ACCT-99017734";
    private const string Pin = "730519";

    [Theory]
    [InlineData("who changed what today", "en-US")]
    [InlineData("qui a modifié quoi aujourd'hui", "fr-FR")]
    public async Task TheAuditCard_ShownToTheHelpdesk_MasksAPortOrdersPinAndAccountNumber(string ask, string locale)
    {
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "conv-port-secrets"));
        var submit = EmergencyNumbersConversationTests.PortSubmission(form, "+1 206 555 0150");
        submit["accountNumber"] = AccountNumber;
        submit["pin"] = Pin;
        var created = await SendAsync(Client, Invoke(Megan, submit, "conv-port-secrets"));

        var audit = await SendAsync(Client, Message(Priya, ask, "conv-audit-secrets", locale: locale));

        Assert.Contains("Transfer order ", Shown(created), StringComparison.Ordinal);
        Assert.Contains("port-orders:", Shown(audit), StringComparison.Ordinal);
        Assert.Contains("XXXX7734", Shown(audit), StringComparison.Ordinal);
        Assert.DoesNotContain(AccountNumber, Shown(audit), StringComparison.Ordinal);
        Assert.DoesNotContain(Pin, Shown(audit), StringComparison.Ordinal);
    }
}
