using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Credits;

/// <summary>One test's tenant: the credits service over its own key prefix, a manual clock and an admin.</summary>
public sealed class CreditsScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 8, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly TenantId Tenant = TenantId.Parse("contoso");

    private readonly ServiceProvider _services;

    public CreditsScenario(RedisServerFixture redis)
    {
        Clock = new ManualClock(Start);
        _services = CoreServices.Create(redis, Clock);
        Credits = _services.GetRequiredService<CreditsService>();
    }

    public ManualClock Clock { get; }

    public CreditsService Credits { get; }

    public Actor Admin { get; } = TenantSeed.Admin(Tenant);

    public Actor As(Role role) => new(Tenant, $"{role}-1".ToLowerInvariant(), role.ToString(), role);

    public static IdempotencyKey Key(string? value = null) => value is null ? IdempotencyKey.New() : IdempotencyKey.TryCreate(value).Value;

    public async Task<CreditsView> SetCardAsync(int year = 2028, int month = 12) =>
        (await Credits.SetPaymentMethodAsync(new SetPaymentMethod(Admin, Key(), PaymentMethod.Card("4242", year, month)))).Value;

    public async Task<CreditsView> FundAsync(decimal amount)
    {
        var result = await Credits.AddFundsAsync(new AddFunds(Admin, Key(), amount));
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value;
    }

    public async Task<CreditsAccount?> StoredAsync() =>
        await TenantSeed.GetAsync(_services, Tenant, CreditsCollections.Accounts, CreditsAccount.Id);

    public async Task<CreditsView> ViewAsync() => (await Credits.GetAccountAsync(Tenant, Clock.GetUtcNow())).Value;

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        (await _services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, Start.AddYears(-1), Start.AddYears(3)))
        .Where(e => e.Action == action)
        .ToArray();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
