using ChatPhone.Core.Licensing;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>The audit trail by chat.</summary>
public sealed partial class ServicesConversationTests
{
    [Fact]
    public async Task ShowAudit_ListsTodaysChanges_ForAdminsAndHelpdesk_ButNotForUsers()
    {
        await BuyAsync(Sku.PhoneSystem, 3);
        var admin = await SendAsync(Client, Message(Megan, "who changed what today"));
        var helpdesk = await SendAsync(Client, Message(Priya, "who changed what today"));
        var user = await SendAsync(Client, Message(Alex, "who changed what today"));

        Assert.Contains("Megan Bowen", Shown(admin), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", Shown(helpdesk), StringComparison.Ordinal);
        Assert.DoesNotContain("Megan Bowen", Shown(user), StringComparison.Ordinal);
        Assert.Empty(user.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []));
    }

    [Fact]
    public async Task ShowAudit_InFrench_AnswersInFrench()
    {
        await BuyAsync(Sku.PhoneSystem, 3);
        var replies = await SendAsync(Client, Message(Camille, "qui a modifié quoi aujourd'hui", "conv-audit-fr", locale: "fr-FR"));

        Assert.Contains("Modifications trouvées du", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", Shown(replies), StringComparison.Ordinal);
    }
}
