using ChatPhone.Core.Numbers;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>The number inventory by chat.</summary>
public sealed partial class EmergencyNumbersConversationTests
{
    [Fact]
    public async Task Unassign_InEnglish_ShowsTheHolder_AndUnassignsOnceOnConfirm()
    {
        var numbers = await SeedNumbersAsync(2);
        await AssignToAlexAsync(numbers[0]);

        var refused = await SendAsync(Client, Message(Alex, $"unassign {numbers[0]}"));
        var plan = await SendAsync(Client, Message(Megan, $"unassign {numbers[0]}"));
        Assert.NotNull(await HolderAsync(numbers[0]));
        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{numbers[0]} is no longer assigned", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Null(await HolderAsync(numbers[0]));
    }

    [Fact]
    public async Task Unassign_InFrench_ByPerson_FindsTheirNumber()
    {
        var numbers = await SeedNumbersAsync(1);
        await AssignToAlexAsync(numbers[0]);

        var plan = await SendAsync(Client, Message(Camille, "retire le numéro de Alex", "conv-fr-unassign", locale: "fr-FR"));
        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-fr-unassign", locale: "fr-FR"));

        Assert.Contains("Retirer un numéro de téléphone", Shown(plan), StringComparison.Ordinal);
        Assert.Contains(numbers[0], Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{numbers[0]} n’est plus attribué", Shown(done), StringComparison.Ordinal);
        Assert.Null(await HolderAsync(numbers[0]));
    }

    [Fact]
    public async Task Unassign_AnUnknownNumber_FailsOnConfirm_WithTheReason()
    {
        var plan = await SendAsync(Client, Message(Megan, "unassign +1 206 555 0100"));
        var failed = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("nobody (not assigned)", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("+12065550100", Shown(failed), StringComparison.Ordinal);
        Assert.DoesNotContain("no longer assigned", Shown(failed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_InEnglish_ReleasesAnUnassignedNumberOnce_AndAnAssignedOneIsKeptWithTheReason()
    {
        var numbers = await SeedNumbersAsync(2);
        await AssignToAlexAsync(numbers[1]);

        var plan = await SendAsync(Client, Message(Megan, $"release {numbers[0]}"));
        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var assigned = await SendAsync(Client, Invoke(Megan, ConfirmData(await SendAsync(Client, Message(Megan, $"release {numbers[1]}")))));

        Assert.Contains("Release a phone number", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Numbers released: 1", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Contains("Nothing was released", Shown(assigned), StringComparison.Ordinal);
        Assert.Contains("Still assigned", Shown(assigned), StringComparison.Ordinal);
        var left = (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Items.Select(n => n.Number).ToArray();
        Assert.Equal([numbers[1]], left);
    }

    [Fact]
    public async Task Release_InFrench_AndByAUser_IsRefused()
    {
        var numbers = await SeedNumbersAsync(1);

        var refused = await SendAsync(Client, Message(Alex, $"release {numbers[0]}"));
        var plan = await SendAsync(Client, Message(Camille, $"libère le {numbers[0]}", "conv-fr-release", locale: "fr-FR"));
        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-fr-release", locale: "fr-FR"));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Rendre un numéro", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Numéros rendus : 1", Shown(done), StringComparison.Ordinal);
        Assert.Equal(0, (await Phone.Numbers.ListAsync(Admin, new NumberFilter())).Value.Total);
    }

    [Theory]
    [InlineData("list all numbers", "en-US", "Your numbers (25):", "Showing 1–20 of 25.")]
    [InlineData("liste tous les numéros", "fr-FR", "Vos numéros (25) :", "Éléments 1 à 20 sur 25.")]
    public async Task ListNumbers_ShowsTheFirst20_AndWhichOfHowMany(string text, string locale, string title, string more)
    {
        var numbers = await SeedNumbersAsync(25);

        var replies = await SendAsync(Client, Message(Megan, text, locale: locale));

        Assert.Contains(title, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(more, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(numbers.Order(StringComparer.Ordinal).First(), Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain(numbers.Order(StringComparer.Ordinal).Last(), Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNumbers_WhenEmpty_SaysHowToGetSome_AndAUserIsRefusedByCore()
    {
        var empty = await SendAsync(Client, Message(Megan, "list all numbers"));
        var user = await SendAsync(Client, Message(Alex, "list all numbers"));

        Assert.Contains("No numbers in your inventory yet", Shown(empty), StringComparison.Ordinal);
        Assert.DoesNotContain("Your numbers", Shown(user), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request 5 numbers in Dallas", "en-US", "conv-req-en", "New user numbers request form (US and Puerto Rico)", "submitted to")]
    [InlineData("demande 10 numéros à Lyon", "fr-FR", "conv-req-fr", "Formulaire de demande de nouveaux numéros d’utilisateur (France)", "envoyée à")]
    public async Task RequestNumbers_PlansThenSubmitsOnce_SayingWhereItWent(string text, string locale, string conversation, string form, string done)
    {
        var user = Message(Alex, text, conversation + "-user", locale: locale);
        var refused = await SendAsync(Client, user);
        var plan = await SendAsync(Client, Message(Megan, text, conversation, locale: locale));
        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), conversation, locale));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), conversation, locale));

        Assert.DoesNotContain("plan.confirm", Shown(refused), StringComparison.Ordinal);
        Assert.Contains(form, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, Shown(first), StringComparison.Ordinal);
        Assert.Contains(form, Shown(first), StringComparison.Ordinal);
        Assert.DoesNotContain(done, Shown(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestNumbers_WithoutAPlace_AsksWhere()
    {
        var replies = await SendAsync(Client, Message(Megan, "request 5 numbers"));

        Assert.Contains("How many numbers, and where?", Shown(replies), StringComparison.Ordinal);
    }
}
