using System.Collections.Concurrent;
using ChatPhone.Core;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Licensing;

/// <summary>
/// License changes in a tenant connected to Microsoft 365, through <c>POST /api/messages</c>, with Microsoft 365 behind
/// the core's port (its Graph side is checked against Microsoft's examples in ChatPhone.Graph.Tests): what ChatPhone
/// commits goes there too, in one batch for many people; a person Microsoft 365 refuses is said by name, in English and
/// French, and keeps in ChatPhone the licenses they had; a tenant that is not connected never reaches Microsoft 365.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class Microsoft365LicensesConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";
    private const string Oliver = "00000000-0000-4000-8000-0000000000e2";
    private const string Sam = "00000000-0000-4000-8000-0000000000e3";
    private readonly TenantId _connected = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly TenantId _alone = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private FakeMicrosoft365 _microsoft365 = null!;
    private BotFactory _bot = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    public async Task InitializeAsync()
    {
        _microsoft365 = new FakeMicrosoft365(_connected);
        _bot = new BotFactory(redis);
        _factory = _bot.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IConnectedLicenses>(_microsoft365)));
        _client = await ReadyClientAsync(_factory);
        foreach (var tenant in new[] { _connected, _alone })
        {
            await TenantSeed.PeopleAsync(_factory.Services, tenant,
                (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
                (Oliver, "oliver@fabrikam.com", "Oliver Smith", "US", "user"),
                (Sam, "sam@fabrikam.com", "Sam Jones", "US", "user"));
            var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(tenant), IdempotencyKey.New(), Sku.PhoneSystem, 10));
            Assert.True(bought.IsSuccess, bought.Error?.Code);
        }
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData("en-US", "assign Phone System to oliver@fabrikam.com and sam@fabrikam.com", "Microsoft 365 refused the license change for Sam Jones as invalid, so ChatPhone left their licenses as they were.")]
    [InlineData("fr-FR", "attribue Phone System à oliver@fabrikam.com et sam@fabrikam.com", "Microsoft 365 a jugé invalide la modification des licences de Sam Jones : ChatPhone les a laissées telles quelles.")]
    public async Task SeveralPeople_GoToMicrosoft365InOneBatch_AndTheOneItRefusesKeepsNothing(string locale, string text, string refusal)
    {
        _microsoft365.Refuse(Sam);

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, text, locale), locale));

        Assert.Contains(refusal, done, StringComparison.Ordinal);
        var batch = Assert.Single(_microsoft365.Calls);
        Assert.Equal([Oliver, Sam], batch.Select(e => e.UserId));
        Assert.All(batch, e => Assert.Equal([Sku.PhoneSystem], e.Add));
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(_connected, Oliver));
        Assert.Empty(await HeldAsync(_connected, Sam));
        Assert.Equal(1, (await Phone.Licensing.SubscriptionsAsync(_connected)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
    }

    [Theory]
    [InlineData("en-US", "give sam@fabrikam.com Phone System", "Microsoft 365 refused the license change for Sam Jones as invalid")]
    [InlineData("fr-FR", "donne Phone System à sam@fabrikam.com", "Microsoft 365 a jugé invalide la modification des licences de Sam Jones")]
    public async Task OnePersonRefused_IsToldWhy_AndHoldsNothingInChatPhone(string locale, string text, string refusal)
    {
        _microsoft365.Refuse(Sam);

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, text, locale), locale));

        Assert.Contains(refusal, done, StringComparison.Ordinal);
        Assert.Empty(await HeldAsync(_connected, Sam));
        Assert.Equal(0, (await Phone.Licensing.SubscriptionsAsync(_connected)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
    }

    [Fact]
    public async Task ARemovalMicrosoft365Refuses_LeavesTheLicenseHeldInChatPhone()
    {
        await ConfirmAsync(_connected, await SayAsync(_connected, "give oliver@fabrikam.com Phone System", "en-US"), "en-US");
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(_connected, Oliver));
        _microsoft365.Refuse(Oliver);

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, "remove Phone System from Oliver", "en-US"), "en-US"));

        Assert.Contains("Microsoft 365 refused the license change for Oliver Smith", done, StringComparison.Ordinal);
        Assert.Equal([Sku.PhoneSystem], _microsoft365.Calls[^1].Single().Remove);
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(_connected, Oliver));
    }

    [Fact]
    public async Task ATenantNotConnected_KeepsItsLicensesInChatPhoneOnly()
    {
        var done = Shown(await ConfirmAsync(_alone, await SayAsync(_alone, "assign Phone System to oliver@fabrikam.com and sam@fabrikam.com", "en-US"), "en-US"));

        Assert.DoesNotContain("Microsoft 365", done, StringComparison.Ordinal);
        Assert.Empty(_microsoft365.Calls);
        Assert.Equal([Sku.PhoneSystem], await HeldAsync(_alone, Sam));
    }

    private async Task<IReadOnlyList<Sku>> HeldAsync(TenantId tenant, string userId) =>
        (await Phone.Licensing.ForUserAsync(tenant, userId)).Value.Skus;

    private Task<IReadOnlyList<JObject>> SayAsync(TenantId tenant, string text, string locale) =>
        SendAsync(_client, Message(Boss, text, "conv-" + tenant.Value, tenant: tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(TenantId tenant, IReadOnlyList<JObject> plan, string locale)
    {
        var activity = Invoke(Boss, ConfirmData(plan), "conv-" + tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = tenant.Value;
        return SendAsync(_client, activity);
    }

    // Microsoft 365 for one tenant: records each call's edits and refuses the people it is told to, as Graph answers a 400.
    private sealed class FakeMicrosoft365(TenantId connected) : IConnectedLicenses
    {
        private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);

        public List<IReadOnlyList<LicenseEdit>> Calls { get; } = [];

        public void Refuse(string userId) => _refused[userId] = true;

        public bool Serves(TenantId tenant) => tenant == connected;

        public Task<IReadOnlyList<Error?>> ApplyAsync(TenantId tenant, IReadOnlyList<LicenseEdit> edits, CancellationToken cancellationToken = default)
        {
            Assert.Equal(connected, tenant);
            lock (Calls)
            {
                Calls.Add(edits);
            }

            return Task.FromResult<IReadOnlyList<Error?>>(
                edits.Select(e => _refused.ContainsKey(e.UserId) ? new Error("license.m365_bad_request", e.DisplayName) : null).ToArray());
        }
    }
}
