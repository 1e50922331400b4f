using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Directory;

/// <summary>
/// "Sync the directory from Microsoft 365" through <c>POST /api/messages</c>, in a tenant whose directory has a source
/// (the port the Graph connector fills; its Graph side is checked against Microsoft's examples in ChatPhone.Graph.Tests):
/// the same plan card as a CSV import — newcomers, updates, a person without usage location named — and its Confirm
/// applies it, roles kept. A tenant without a source is told how to connect it, in English and French; a user is refused.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DirectorySyncConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Boss = "00000000-0000-4000-8000-0000000000d1";
    private const string Clerk = "00000000-0000-4000-8000-0000000000d2";
    private const string Newcomer = "00000000-0000-4000-8000-0000000000d3";
    private static readonly TenantId Connected = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private static readonly TenantId Alone = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var source = new OneTenantSource(Connected,
        [
            new SourcePerson(Boss, "boss@northwind.com", "Bo Boss", "US", "Management"),
            new SourcePerson(Newcomer, "ines@northwind.com", "Inès Dupont", "FR", "Sales"),
            new SourcePerson("00000000-0000-4000-8000-0000000000d4", "room@northwind.com", "Meeting Room", null, null),
        ]);
        _bot = new BotFactory(redis);
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IDirectorySource>(source)));
        _client = await ReadyClientAsync(_factory);
        foreach (var tenant in new[] { Connected, Alone })
        {
            await TenantSeed.PeopleAsync(_factory.Services, tenant,
                (Boss, "boss@northwind.com", "Bo Boss", "US", "admin"), (Clerk, "clerk@northwind.com", "Cy Clerk", "US", "user"));
        }
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData("en-US", "sync the directory from Microsoft 365", "Reading your directory from Microsoft 365", "room@northwind.com has no usage location")]
    [InlineData("fr-FR", "synchronise l’annuaire avec Microsoft 365", "Je lis votre annuaire dans Microsoft 365", "room@northwind.com n’a pas d’emplacement d’utilisation")]
    public async Task AConnectedTenant_GetsThePlanOfWhatChanges_AndConfirmAppliesIt_RolesKept(string locale, string text, string progress, string problem)
    {
        var plan = await SayAsync(Connected, Boss, text, locale);
        await SendAsync(_client, In(Connected, Invoke(Boss, ActionData(plan, "directory.import.apply"), "sync-" + locale, locale)));
        var people = (await _factory.Services.GetRequiredService<IDirectoryStore>().ListAsync(Connected)).ToDictionary(p => p.AadObjectId);

        Assert.Contains(progress, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(problem, Shown(plan), StringComparison.Ordinal);
        Assert.Equal(Role.Admin, people[Boss].Role);
        Assert.Equal("Management", people[Boss].Department);
        Assert.Equal(("Inès Dupont", "FR", Role.User), (people[Newcomer].DisplayName, people[Newcomer].UsageLocation, people[Newcomer].Role));
        Assert.Equal(3, people.Count);
    }

    [Theory]
    [InlineData("en-US", "import our users from Entra ID", "This tenant isn't connected to Microsoft 365")]
    [InlineData("fr-FR", "récupère les utilisateurs depuis Microsoft 365", "Ce tenant n’est pas relié à Microsoft 365")]
    public async Task ATenantWithoutSource_IsToldHowToConnectIt_AndNothingChanges(string locale, string text, string told)
    {
        var replies = await SayAsync(Alone, Boss, text, locale);

        Assert.Contains(told, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("directory.import.apply", Shown(replies), StringComparison.Ordinal);
        Assert.Equal(2, (await _factory.Services.GetRequiredService<IDirectoryStore>().ListAsync(Alone)).Count);
    }

    [Fact]
    public async Task AUser_IsRefused_BeforeTheDirectoryIsRead()
    {
        var replies = await SayAsync(Connected, Clerk, "sync the directory from Microsoft 365", "en-US");

        Assert.DoesNotContain("Reading your directory", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("directory.import.apply", Shown(replies), StringComparison.Ordinal);
        Assert.Contains("admin", Shown(replies), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en-US", "help", "your people and numbers come from it (“sync the directory from Microsoft 365”, then “sync numbers from Microsoft 365”), and the license changes and the numbers given to people or taken back here are made there too")]
    [InlineData("en-US", "show the setup checklist", "your people and numbers come from it (“sync the directory from Microsoft 365”, then “sync numbers from Microsoft 365”), and the license changes and the numbers given to people or taken back here are made there too")]
    [InlineData("fr-FR", "aide", "vos utilisateurs et vos numéros en viennent (« synchronise l’annuaire avec Microsoft 365 », puis « synchronise les numéros avec Microsoft 365 »), et les changements de licences comme les numéros attribués ou repris ici y sont faits aussi")]
    [InlineData("fr-FR", "affiche la liste de configuration", "vos utilisateurs et vos numéros en viennent (« synchronise l’annuaire avec Microsoft 365 », puis « synchronise les numéros avec Microsoft 365 »), et les changements de licences comme les numéros attribués ou repris ici y sont faits aussi")]
    public async Task HelpAndTheChecklist_SayWhatActsOnMicrosoft365_OnlyInAConnectedTenant(string locale, string text, string note)
    {
        var connected = await SayAsync(Connected, Boss, text, locale);
        var alone = await SayAsync(Alone, Boss, text, locale);

        Assert.Contains(note, Shown(connected), StringComparison.Ordinal);
        Assert.DoesNotContain(note, Shown(alone), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<JObject>> SayAsync(TenantId tenant, string user, string text, string locale) =>
        SendAsync(_client, In(tenant, Message(user, text, "sync-" + locale, tenant.Value, locale)));

    private static JObject In(TenantId tenant, JObject activity)
    {
        activity["conversation"]!["tenantId"] = tenant.Value;
        return activity;
    }

    // The port's other side for one tenant, as the Graph connector serves the tenant it is configured for.
    private sealed class OneTenantSource(TenantId tenant, IReadOnlyList<SourcePerson> people) : IDirectorySource
    {
        public bool Serves(TenantId asked) => asked == tenant;

        public Task<Result<IReadOnlyList<SourcePerson>>> ReadAsync(TenantId asked, CancellationToken cancellationToken = default) =>
            Task.FromResult<Result<IReadOnlyList<SourcePerson>>>(asked == tenant ? Result<IReadOnlyList<SourcePerson>>.Ok(people) : new Error("directory.source.not_connected"));
    }
}
