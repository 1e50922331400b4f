using System.Collections.Concurrent;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
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
public sealed class Microsoft365LicensesConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";
    private const string Oliver = "00000000-0000-4000-8000-0000000000e2";
    private const string Sam = "00000000-0000-4000-8000-0000000000e3";
    private readonly TenantId _connected = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly TenantId _alone = TenantId.Parse("t-" + Guid.NewGuid().ToString("N")[..12]);
    private FakeMicrosoft365 _microsoft365 = null!;

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IConnectedLicenses>(_microsoft365 = new FakeMicrosoft365(_connected));

    protected override async Task ArrangeAsync()
    {
        foreach (var tenant in new[] { _connected, _alone })
        {
            await TenantSeed.PeopleAsync(Factory.Services, tenant,
                (Boss, "boss@fabrikam.com", "Bo Boss", "US", "admin"),
                (Oliver, "oliver@fabrikam.com", "Oliver Smith", "US", "user"),
                (Sam, "sam@fabrikam.com", "Sam Jones", "US", "user"));
            var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(TenantSeed.Admin(tenant), IdempotencyKey.New(), Sku.PhoneSystem, 10));
            Assert.True(bought.IsSuccess, bought.Error?.Code);
        }
    }

    [Theory]
    [InlineData("en-US", "assign Phone System to oliver@fabrikam.com and sam@fabrikam.com", "Microsoft 365 refused the license change for Sam Jones as invalid, so ChatPhone left their licenses as they were.")]
    [InlineData("fr-FR", "attribue Phone System à oliver@fabrikam.com et sam@fabrikam.com", "Microsoft 365 a jugé invalide la modification des licences de Sam Jones : ChatPhone les a laissées telles quelles.")]
    [InlineData("en-US", "give sam@fabrikam.com Phone System", "Microsoft 365 refused the license change for Sam Jones as invalid")]
    [InlineData("fr-FR", "donne Phone System à sam@fabrikam.com", "Microsoft 365 a jugé invalide la modification des licences de Sam Jones")]
    public async Task WhatIsConfirmed_GoesToMicrosoft365InOneCall_AndThePersonItRefusesHoldsNothing(string locale, string text, string refusal)
    {
        _microsoft365.Refuse(Sam);
        var named = text.Contains("oliver", StringComparison.Ordinal) ? new[] { Oliver, Sam } : [Sam];

        var done = Shown(await ConfirmAsync(_connected, await SayAsync(_connected, text, locale), locale));

        Assert.Contains(refusal, done, StringComparison.Ordinal);
        var call = Assert.Single(_microsoft365.Calls);
        Assert.Equal(named, call.Select(e => e.UserId));
        Assert.All(call, e => Assert.Equal([Sku.PhoneSystem], e.Add));
        Assert.Empty(await HeldAsync(_connected, Sam));
        foreach (var person in named.Where(p => p != Sam))
        {
            Assert.Equal([Sku.PhoneSystem], await HeldAsync(_connected, person));
        }

        Assert.Equal(named.Length - 1, (await Phone.Licensing.SubscriptionsAsync(_connected)).Single(s => s.Sku == Sku.PhoneSystem).Consumed);
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
        SendAsync(Client, Message(Boss, text, "conv-" + tenant.Value, tenant: tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ConfirmAsync(TenantId tenant, IReadOnlyList<JObject> plan, string locale)
    {
        var activity = Invoke(Boss, ConfirmData(plan), "conv-" + tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = tenant.Value;
        return SendAsync(Client, activity);
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
