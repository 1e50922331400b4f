using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Diagnostics;

/// <summary>The <c>ChatPhone</c> meter counts what <see cref="CommandRunner"/> does, by command and outcome.</summary>
[Collection(RedisCollection.Name)]
public sealed class ChatPhoneMetricsIntegrationTests : IDisposable
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly JsonTypeInfo<int> Number = (JsonTypeInfo<int>)JsonSerializerOptions.Default.GetTypeInfo(typeof(int));
    private readonly RedisServerFixture _redis;
    private readonly string _action = "test.metrics_" + Guid.NewGuid().ToString("N")[..8];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, string? Command, string? Outcome)> _measured = new();

    public ChatPhoneMetricsIntegrationTests(RedisServerFixture redis)
    {
        _redis = redis;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ChatPhoneMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var named = tags.ToArray();
            string? Tag(string name) => named.FirstOrDefault(t => t.Key == name).Value as string;
            _measured.Enqueue((instrument.Name, value, Tag("command"), Tag("outcome")));
        });
        _listener.Start();
    }

    [Fact]
    public async Task Command_IsCountedByNameAndOutcome_SuccessReplayOrErrorCode()
    {
        await using var services = CoreServices.Create(_redis);
        var runner = services.GetRequiredService<CommandRunner>();
        var first = new Mutation(TenantSeed.Admin(Tenant), IdempotencyKey.New());

        await runner.RunAsync(first, _action, Role.Admin, _ => { }, _ => 1, Number);
        await runner.RunAsync(first, _action, Role.Admin, _ => { }, _ => 1, Number);
        await runner.RunAsync(first with { Key = IdempotencyKey.New() }, _action, Role.Admin, _ => { }, _ => new Error("license.none_available"), Number);

        Assert.Equal(1, Count("chatphone.commands", ChatPhoneMetrics.Success));
        Assert.Equal(1, Count("chatphone.commands", ChatPhoneMetrics.Replay));
        Assert.Equal(1, Count("chatphone.commands", "license.none_available"));
    }

    [Fact]
    public async Task Command_WhoseReadChangedBeforeItsCommit_CountsAConflictAndARetry()
    {
        await using var services = CoreServices.Create(_redis);
        var runner = services.GetRequiredService<CommandRunner>();
        var attempts = 0;

        var result = await runner.RunAsync(new Mutation(TenantSeed.Admin(Tenant), IdempotencyKey.New()), _action, Role.Admin,
            reads => reads.One(LicensingCollections.Subscriptions, "PhoneSystem"),
            context =>
            {
                if (attempts++ == 0)
                {
                    // Another process changes what this attempt read, between its read and its commit.
                    Task.Run(() => TenantSeed.PutAsync(services, Tenant, LicensingCollections.Subscriptions,
                        ("PhoneSystem", new Subscription(Sku.PhoneSystem, attempts, 0)))).GetAwaiter().GetResult();
                }

                context.Put(LicensingCollections.Subscriptions, "E5", new Subscription(Sku.E5, 1, 0));
                return attempts;
            }, Number);

        Assert.Equal(2, result.Value);
        Assert.Equal(1, Count("chatphone.store.conflicts"));
        Assert.Equal(1, Count("chatphone.command.retries"));
        Assert.Equal(1, Count("chatphone.commands", ChatPhoneMetrics.Success));
    }

    public void Dispose() => _listener.Dispose();

    private long Count(string instrument, string? outcome = null) =>
        _measured.Where(m => m.Instrument == instrument && m.Command == _action && (outcome is null || m.Outcome == outcome)).Sum(m => m.Value);

    private sealed record Mutation(Actor Actor, IdempotencyKey Key) : IMutation;
}
