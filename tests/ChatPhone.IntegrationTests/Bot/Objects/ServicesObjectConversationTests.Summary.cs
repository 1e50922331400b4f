using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>"What's configured?": one card with the counts per step and the problems found, each with a button to its list.</summary>
public sealed partial class ServicesObjectConversationTests
{
    [Theory]
    [InlineData("en-US", "what's configured?", "Licenses: 5 bought, 1 assigned", "Phone numbers: 2 in all: 1 with people, 0 on resource accounts, 0 on the bridge, 1 free",
        "Number without a Calling Plan (1): Wo Worker", "Resource account without a license (1): cq-sales@fabrikam.com", "Call queue without agents (1): Support",
        "Conferencing bridge: not set up")]
    [InlineData("fr-FR", "résumé de la configuration", "Licences : achetées : 5, attribuées : 1", "Numéros de téléphone : 2 en tout : personnes 1, comptes de ressources 0, pont 0, libres 1",
        "Numéro sans forfait d’appels (1) : Wo Worker", "Compte de ressources sans licence (1) : cq-sales@fabrikam.com", "File d’attente sans agents (1) : Support",
        "Pont de conférence : pas configuré")]
    public async Task Summary_CountsEachStep_AndNamesTheProblems_WithAButtonToEachList(
        string locale, string sentence, string licenses, string numbers, string noPlan, string noLicense, string noAgents, string bridge)
    {
        await SeedSummaryAsync();

        var summary = await SayAsync(Boss, sentence, locale);
        var card = Shown(summary);
        var review = await ClickAsync(Boss, ActionData(summary, "setup.step.review"), locale);
        var user = Shown(await SayAsync(Worker, sentence, locale));

        Assert.Contains(licenses, card, StringComparison.Ordinal);
        Assert.Contains(numbers, card, StringComparison.Ordinal);
        Assert.Contains(noPlan, card, StringComparison.Ordinal);
        Assert.Contains(noLicense, card, StringComparison.Ordinal);
        Assert.Contains(noAgents, card, StringComparison.Ordinal);
        Assert.Contains(bridge, card, StringComparison.Ordinal);
        Assert.Contains("\"intent\":\"ListObjects\",\"kind\":\"Ticket\"", card, StringComparison.Ordinal);
        Assert.NotEmpty(review);
        Assert.DoesNotContain("Only", Shown(review), StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "Only helpdesk staff or an admin can do this." : "Seuls le support ou un administrateur peuvent faire cela.", user, StringComparison.Ordinal);
        Assert.DoesNotContain("Wo Worker", user, StringComparison.Ordinal);
    }

    // Phone System for Wo Worker and a number, but no Calling Plan; a resource account without a license; a queue without agents.
    private async Task SeedSummaryAsync()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantAdmin, IdempotencyKey.New(), Sku.PhoneSystem, 5))).IsSuccess);
        var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(TenantAdmin, IdempotencyKey.New(), UserId.Parse(Worker), [Sku.PhoneSystem]));
        Assert.True(assigned.IsSuccess, assigned.Error?.Code);
        await TenantSeed.PutAsync(Factory.Services, _tenant, NumberCollections.Numbers,
            ("+12065550123", new PhoneNumber("+12065550123", "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, now,
                new NumberAssignment(AssignmentTarget.User, Worker, AssignmentCategory.Primary, now))),
            ("+12065550124", new PhoneNumber("+12065550124", "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, now)));
        Assert.True((await Phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(TenantAdmin, IdempotencyKey.New(), "cq-sales@fabrikam.com", "Sales", ResourceAccountKind.CallQueue))).IsSuccess);
        Assert.True((await Phone.CallQueues.CreateAsync(new CreateCallQueue(TenantAdmin, IdempotencyKey.New(), new CallQueueSettings { Name = "Support" }))).IsSuccess);
    }
}
