using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// The directory's people as objects through <c>POST /api/messages</c>, in English and French: listed by name with their
/// sign-in name, country and role, one shown with licenses and numbers, for helpdesk staff and admins only.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PeopleConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";
    private const string Desk = "00000000-0000-4000-8000-0000000000e2";
    private const string Worker = "00000000-0000-4000-8000-0000000000e3";

    protected override async Task ArrangeAsync()
    {
        await TenantSeed.PeopleAsync(Factory.Services, Tenant,
            (Boss, "boss@northwind.com", "Bo Boss", "US", "admin"),
            (Desk, "desk@northwind.com", "Dee Desk", "FR", "helpdesk"),
            (Worker, "worker@northwind.com", "Wo Worker", "CA", "user"));
        var admin = new Actor(Tenant, Boss, "Bo Boss", Role.Admin);
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), Sku.PhoneSystem, 2))).IsSuccess);
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), UserId.Parse(Worker), [Sku.PhoneSystem]))).IsSuccess);
    }

    [Theory]
    [InlineData("en-US", Boss, "list the people", "People in the directory (3)", "worker@northwind.com · CA · user")]
    [InlineData("en-US", Desk, "who is in the directory?", "People in the directory (3)", "desk@northwind.com · FR · helpdesk")]
    [InlineData("fr-FR", Boss, "qui est dans l’annuaire ?", "Personnes de l’annuaire (3)", "boss@northwind.com · US · administrateur")]
    [InlineData("fr-FR", Desk, "liste les utilisateurs", "Personnes de l’annuaire (3)", "worker@northwind.com · CA · utilisateur")]
    public async Task ThePeople_AreListed_ByName_WithSignInCountryAndRole(string locale, string who, string text, string title, string line)
    {
        var list = Shown(await SayAsync(who, text, locale));

        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains(line, list, StringComparison.Ordinal);
        Assert.True(list.IndexOf("Bo Boss", StringComparison.Ordinal) < list.IndexOf("Wo Worker", StringComparison.Ordinal), "The list is by name.");
    }

    [Theory]
    [InlineData("en-US", "show the user Wo Worker", "Sign-in name", "Teams Phone")]
    [InlineData("fr-FR", "affiche l’utilisateur Wo Worker", "Nom de connexion", "Teams Phone")]
    public async Task OnePerson_IsShown_WithLicensesAndNumbers(string locale, string text, string upnLabel, string license)
    {
        var card = Shown(await SayAsync(Desk, text, locale));

        Assert.Contains(upnLabel, card, StringComparison.Ordinal);
        Assert.Contains("worker@northwind.com", card, StringComparison.Ordinal);
        Assert.Contains(license, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "show Wo Worker")]
    [InlineData("en-US", "who is Wo Worker?")]
    [InlineData("en-US", "details for Wo Worker")]
    [InlineData("fr-FR", "affiche Wo Worker")]
    [InlineData("fr-FR", "montre-moi Wo Worker")]
    [InlineData("fr-FR", "qui est Wo Worker ?")]
    public async Task APersonNamedWithoutAKindWord_IsShown(string locale, string text)
    {
        var card = Shown(await SayAsync(Desk, text, locale));

        Assert.Contains("worker@northwind.com", card, StringComparison.Ordinal);
        Assert.Contains("Teams Phone", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "show Nobody Known", "worker@northwind.com")]
    [InlineData("fr-FR", "affiche Wo Worker", "worker@northwind.com")]
    public async Task ANameAlone_ShowsNothingToAUser_NorForANameNobodyHas(string locale, string text, string hidden)
    {
        var asker = text.Contains("Nobody", StringComparison.Ordinal) ? Desk : Worker;

        var said = Shown(await SayAsync(asker, text, locale));

        Assert.DoesNotContain(hidden, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "list the people", "Only helpdesk staff or an admin")]
    [InlineData("fr-FR", "qui est dans l’annuaire ?", "Seuls le support ou un administrateur")]
    public async Task AUser_SeesNobody(string locale, string text, string refusal)
    {
        var replies = Shown(await SayAsync(Worker, text, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("boss@northwind.com", replies, StringComparison.Ordinal);
    }
}
