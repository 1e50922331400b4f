using System.Collections.Concurrent;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Numbers;

/// <summary>
/// Numbers in a tenant connected to Microsoft 365, through <c>POST /api/messages</c>, with Microsoft 365 behind the core's
/// port (its Graph side is checked against Microsoft's examples in ChatPhone.Graph.Tests): its inventory brought in, each
/// number given to the person holding it there when ChatPhone's rules allow, every other one named with why, in English
/// and French; a second sync changes nothing; a number given or taken back here goes there too, and one Microsoft 365
/// refuses is put back as it was; a tenant that is not connected, and a person who is not an admin, never reach it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class Microsoft365NumbersConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000f1";
    private const string Oliver = "00000000-0000-4000-8000-0000000000f2";
    private const string Sam = "00000000-0000-4000-8000-0000000000f3";
    private const string Zoe = "00000000-0000-4000-8000-0000000000f4";
    private const string Stranger = "00000000-0000-4000-8000-0000000000f9";
    private const string OnlyHere = "+33155509999";
    private readonly TenantId _connected = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly TenantId _alone = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private FakeMicrosoft365 _microsoft365 = null!;

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IConnectedNumbers>(_microsoft365 = new FakeMicrosoft365(_connected,
        [
            new SourceNumber("+33155500001", "FR", "Paris", SourceNumberUse.User),
            new SourceNumber("+33155500002", "FR", "Paris", SourceNumberUse.User, Oliver),
            new SourceNumber("+33155500003", "FR", "Paris", SourceNumberUse.User, Sam),
            new SourceNumber("+33155500004", "FR", "Paris", SourceNumberUse.User, Stranger),
            new SourceNumber("+33155500005", "FR", "Paris", SourceNumberUse.Service, HeldElsewhere: true),
        ]));

    protected override async Task ArrangeAsync()
    {
        foreach (var tenant in new[] { _connected, _alone })
        {
            await TenantSeed.PeopleAsync(Factory.Services, tenant,
                (Boss, "boss@fabrikam.fr", "Bo Boss", "FR", "admin"),
                (Oliver, "oliver@fabrikam.fr", "Oliver Martin", "FR", "user"),
                (Sam, "sam@fabrikam.fr", "Sam Petit", "FR", "user"),
                (Zoe, "zoe@fabrikam.fr", "Zoé Durand", "FR", "user"));
            var admin = TenantSeed.Admin(tenant);
            foreach (var sku in new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan })
            {
                var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(admin, IdempotencyKey.New(), sku, 10));
                Assert.True(bought.IsSuccess, bought.Error?.Code);
            }

            foreach (var person in new[] { Oliver, Zoe })
            {
                var given = await Phone.Licensing.AssignAsync(new AssignLicenses(admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem, Sku.DomesticCallingPlan]));
                Assert.True(given.IsSuccess, given.Error?.Code);
            }

            await TenantSeed.PutAsync(Factory.Services, tenant, NumberCollections.Numbers,
                (OnlyHere, new PhoneNumber(OnlyHere, "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, DateTimeOffset.UtcNow)));
        }
    }

    [Theory]
    [InlineData("en-US", "sync numbers from Microsoft 365",
        new[] { "Numbers brought in from Microsoft 365", "\"title\":\"Added to ChatPhone\",\"value\":\"2\"", "\"title\":\"Given to their holders\",\"value\":\"1\"", "\"title\":\"Only in ChatPhone (left as they are)\",\"value\":\"1\"", "\"title\":\"Service numbers (left in Microsoft 365)\",\"value\":\"1\"",
            "+33155500003 is Sam Petit’s in Microsoft 365, but ChatPhone has no Phone System and Calling Plan for them",
            "+33155500004 belongs to someone ChatPhone’s directory doesn’t have" })]
    [InlineData("fr-FR", "importe nos numéros depuis Microsoft 365",
        new[] { "Numéros importés de Microsoft 365", "\"title\":\"Ajoutés à ChatPhone\",\"value\":\"2\"", "\"title\":\"Attribués à leurs titulaires\",\"value\":\"1\"", "\"title\":\"Seulement dans ChatPhone (laissés tels quels)\",\"value\":\"1\"", "\"title\":\"Numéros de service (laissés dans Microsoft 365)\",\"value\":\"1\"",
            "Dans Microsoft 365, le +33155500003 est celui de Sam Petit, mais ChatPhone ne lui connaît ni Phone System ni forfait d’appels",
            "Le +33155500004 appartient à une personne absente de l’annuaire de ChatPhone" })]
    public async Task Sync_BringsTheInventoryIn_GivesEachNumberToItsHolder_AndNamesTheRest_ThenChangesNothingTheSecondTime(string locale, string text, string[] said)
    {
        var first = Shown(await SayAsync(_connected, Boss, text, locale));
        var again = Shown(await SayAsync(_connected, Boss, text, locale));

        foreach (var part in said)
        {
            Assert.Contains(part, first, StringComparison.Ordinal);
        }

        Assert.Contains(locale == "en-US" ? "\"title\":\"Already the same\",\"value\":\"2\"" : "\"title\":\"Déjà identiques\",\"value\":\"2\"", again, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "\"title\":\"Added to ChatPhone\",\"value\":\"0\"" : "\"title\":\"Ajoutés à ChatPhone\",\"value\":\"0\"", again, StringComparison.Ordinal);
        var inventory = (await Phone.Numbers.ListAsync(TenantSeed.Admin(_connected), new NumberFilter())).Value.Items.ToDictionary(n => n.Number);
        Assert.Equal(["+33155500001", "+33155500002", OnlyHere], inventory.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((NumberSource.Microsoft365, Oliver), (inventory["+33155500002"].Source, inventory["+33155500002"].Assignment?.TargetId));
        Assert.Equal(["+33155500002"], (await Phone.Numbers.LinesOfAsync(TenantSeed.Admin(_connected), Oliver)).Value.Select(l => l.Number));
        Assert.Empty(await Factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(_connected));
        Assert.Empty(_microsoft365.Edits);
    }

    [Fact]
    public async Task WhatsMyNumber_AfterTheSync_IsTheNumberMicrosoft365Gives()
    {
        await SayAsync(_connected, Boss, "sync numbers from Microsoft 365", "en-US");

        var mine = Shown(await SayAsync(_connected, Oliver, "what's my number?", "en-US"));

        Assert.Contains("Your phone number is +33155500002", mine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "assign +33 1 55 50 00 01 to zoe@fabrikam.fr", "Microsoft 365 refused the change to +33155500001 as invalid, so ChatPhone left the number as it was.")]
    [InlineData("fr-FR", "attribue le +33 1 55 50 00 01 à zoe@fabrikam.fr", "Microsoft 365 a jugé invalide la modification du +33155500001 : ChatPhone a laissé le numéro tel quel.")]
    public async Task ANumberGivenHere_GoesToMicrosoft365_AndOneItRefuses_IsFreeAgain_WithNoMessageLeftForThePerson(string locale, string text, string refusal)
    {
        await SayAsync(_connected, Boss, "sync numbers from Microsoft 365", locale);
        _microsoft365.Refuse(Zoe);

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, Boss, text, locale), locale));

        Assert.Contains(refusal, done, StringComparison.Ordinal);
        Assert.Equal(NumberEdit.Assign("+33155500001", Zoe, AssignmentCategory.Primary), Assert.Single(_microsoft365.Edits));
        Assert.Null((await Phone.Numbers.ListAsync(TenantSeed.Admin(_connected), new NumberFilter())).Value.Items.Single(n => n.Number == "+33155500001").Assignment);
        Assert.Empty((await Phone.Numbers.LinesOfAsync(TenantSeed.Admin(_connected), Zoe)).Value);
        var outbox = await TenantSnapshotOf(_connected);
        Assert.DoesNotContain(outbox, m => m.RecipientId == Zoe);
        Assert.Empty(await Factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(_connected));

        _microsoft365.Accept(Zoe);
        var given = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, Boss, text, locale), locale));
        Assert.DoesNotContain("Microsoft 365", given, StringComparison.Ordinal);
        Assert.Equal(["+33155500001"], (await Phone.Numbers.LinesOfAsync(TenantSeed.Admin(_connected), Zoe)).Value.Select(l => l.Number));
        Assert.Equal(2, _microsoft365.Edits.Count);
    }

    [Fact]
    public async Task ATakeBackMicrosoft365Refuses_LeavesThePersonTheirNumber()
    {
        await SayAsync(_connected, Boss, "sync numbers from Microsoft 365", "en-US");
        _microsoft365.Refuse(null);

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, Boss, "unassign +33 1 55 50 00 02", "en-US"), "en-US"));

        Assert.Contains("Microsoft 365 refused the change to +33155500002", done, StringComparison.Ordinal);
        Assert.Equal(NumberEdit.Unassign("+33155500002"), Assert.Single(_microsoft365.Edits));
        Assert.Equal(["+33155500002"], (await Phone.Numbers.LinesOfAsync(TenantSeed.Admin(_connected), Oliver)).Value.Select(l => l.Number));
        Assert.Empty(await Factory.Services.GetRequiredService<InvariantChecker>().CheckAsync(_connected));
    }

    [Theory]
    [InlineData("en-US", "sync numbers from Microsoft 365", "This tenant isn’t connected to Microsoft 365, so its numbers live in ChatPhone only.")]
    [InlineData("fr-FR", "synchronise les numéros avec Microsoft 365", "Ce tenant n’est pas relié à Microsoft 365 : ses numéros n’existent que dans ChatPhone.")]
    public async Task ATenantNotConnected_IsToldSo_AndItsAssignmentsStayInChatPhone(string locale, string text, string said)
    {
        var sync = Shown(await SayAsync(_alone, Boss, text, locale));
        await ConfirmAsync(_alone, await SayAsync(_alone, Boss, "assign +33 1 55 50 99 99 to zoe@fabrikam.fr", "en-US"), "en-US");

        Assert.Contains(said, sync, StringComparison.Ordinal);
        Assert.Equal([OnlyHere], (await Phone.Numbers.LinesOfAsync(TenantSeed.Admin(_alone), Zoe)).Value.Select(l => l.Number));
        Assert.Equal(0, _microsoft365.Reads);
        Assert.Empty(_microsoft365.Edits);
    }

    [Fact]
    public async Task APersonWhoIsNotAnAdmin_CannotSync()
    {
        var said = Shown(await SayAsync(_connected, Oliver, "sync numbers from Microsoft 365", "en-US"));

        Assert.Contains("admin", said, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, _microsoft365.Reads);
        Assert.DoesNotContain((await Phone.Numbers.ListAsync(TenantSeed.Admin(_connected), new NumberFilter())).Value.Items, n => n.Source == NumberSource.Microsoft365);
    }

    private async Task<IReadOnlyList<OutboxMessage>> TenantSnapshotOf(TenantId tenant)
    {
        var runner = Factory.Services.GetRequiredService<ChatPhone.Core.Commands.CommandRunner>();
        var snapshot = await runner.ReadAsync(tenant, reads => reads.All(NotificationCollections.Outbox));
        return snapshot.All(NotificationCollections.Outbox).Values.ToArray();
    }

    private Task<IReadOnlyList<JObject>> SayAsync(TenantId tenant, string who, string text, string locale) =>
        SendAsync(Client, Message(who, text, "conv-" + tenant.Value + who[^2..], tenant: tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(TenantId tenant, IReadOnlyList<JObject> plan, string locale)
    {
        var activity = Invoke(Boss, ConfirmData(plan), "conv-" + tenant.Value + Boss[^2..], locale: locale);
        activity["conversation"]!["tenantId"] = tenant.Value;
        return SendAsync(Client, activity);
    }

    // Microsoft 365 for one tenant: serves its inventory, records each edit, and refuses the people it is told to (null:
    // every take-back), as Graph answers a 400.
    private sealed class FakeMicrosoft365(TenantId connected, IReadOnlyList<SourceNumber> inventory) : IConnectedNumbers
    {
        private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
        private int _reads;

        public List<NumberEdit> Edits { get; } = [];

        public int Reads => _reads;

        public void Refuse(string? userId) => _refused[userId ?? string.Empty] = true;

        public void Accept(string userId) => _refused.TryRemove(userId, out _);

        public bool Serves(TenantId tenant) => tenant == connected;

        public Task<Result<IReadOnlyList<SourceNumber>>> ReadAsync(TenantId tenant, CancellationToken cancellationToken = default)
        {
            Assert.Equal(connected, tenant);
            Interlocked.Increment(ref _reads);
            return Task.FromResult<Result<IReadOnlyList<SourceNumber>>>(inventory.ToArray());
        }

        public Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<NumberEdit> edits, CancellationToken cancellationToken = default)
        {
            Assert.Equal(connected, tenant);
            lock (Edits)
            {
                Edits.AddRange(edits);
            }

            return Task.FromResult<IReadOnlyList<Error?>>(
                edits.Select(e => _refused.ContainsKey(e.UserId ?? string.Empty) ? new Error("number.m365_bad_request", e.Number) : null).ToArray());
        }
    }
}
