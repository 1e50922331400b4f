using ChatPhone.Core.Common;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Communications Credits by chat.</summary>
public sealed partial class ServicesConversationTests
{
    [Fact]
    public async Task FundCredits_WithoutAPaymentMethod_AsksForOne_RefusesAFullCardNumber_ThenSetsItAndFundsOnConfirm()
    {
        const string Conversation = "conv-credits-card";
        var asked = await SendAsync(Client, Message(Megan, "add $50 of communications credits", Conversation));
        var fullNumber = await SendAsync(Client, Message(Megan, "4242 4242 4242 4242 12/2030", Conversation));
        var plan = await SendAsync(Client, Message(Megan, "4242 12/2030", Conversation));
        var before = await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow);
        var done = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), Conversation));

        Assert.Contains("Which payment method", Shown(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("4242 4242", Shown(fullNumber), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(fullNumber), StringComparison.Ordinal);
        Assert.Contains("4242", Shown(plan), StringComparison.Ordinal);
        Assert.False(before.IsSuccess && before.Value.PaymentMethod is not null);
        Assert.Contains("50", Shown(done), StringComparison.Ordinal);
        var account = (await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow)).Value;
        Assert.Equal(("4242", 50m), (account.PaymentMethod?.CardLast4, account.Balance));
    }

    [Fact]
    public async Task FundCredits_AddsTheFunds_Once_AndShowsTheAccount()
    {
        await SetCardAsync();
        var refused = await SendAsync(Client, Message(Priya, "add $50 of communications credits"));
        var plan = await SendAsync(Client, Message(Megan, "add $50 of communications credits"));

        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("card ending 4242", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("50.00 added; the balance is now 50.00.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(50m, (await Phone.Credits.GetAccountAsync(Admin, DateTimeOffset.UtcNow)).Value.Balance);
    }

    [Fact]
    public async Task FundCredits_InFrench_AddsTheFunds()
    {
        await SetCardAsync();
        var plan = await SendAsync(Client, Message(Camille, "ajoute 50 $ de crédits de communication", "conv-credits-fr", locale: "fr-FR"));

        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-credits-fr", "fr-FR"));

        Assert.Contains("Crédit de 50,00 ajouté", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FundCredits_BelowTheFirstMinimum_GetsTheCoreError_AndNoPlan()
    {
        await SetCardAsync();
        var replies = await SendAsync(Client, Message(Megan, "add $5 of communications credits"));

        Assert.Contains(new Error("credits.first_funding_minimum", "5.00", "20.00").Describe(Language.English), Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }
}
