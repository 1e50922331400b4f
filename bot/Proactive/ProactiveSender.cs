using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatPhone.Bot.Hosting;
using ChatPhone.Core.Common;
using ChatPhone.Core.Diagnostics;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// The background service that delivers every tenant's outbox: it looks every <see cref="ProactiveOptions.PollSeconds"/>,
/// at once when signalled (<see cref="Signal"/> after a turn that queued messages; <see cref="SignalContact"/> when a
/// person talks to the bot, so what waited for them goes out), and when a retry falls due. It keeps each tenant's outbox
/// tidy (resumed, interrupted and expired messages) and hands what is due to <see cref="ProactiveDelivery"/>. Tenants are
/// found by a store scan at start and every <see cref="ProactiveOptions.TenantScanSeconds"/>, so nothing queued before a
/// restart is lost.
/// </summary>
public sealed class ProactiveSender(
    OutboxService outbox,
    ProactiveDelivery delivery,
    WaitingRecipients waiting,
    Readiness readiness,
    IOptions<ProactiveOptions> options,
    TimeProvider clock,
    ILogger<ProactiveSender> logger) : BackgroundService
{
    private readonly ProactiveOptions _options = options.Value;
    private readonly ConcurrentDictionary<TenantId, byte> _tenants = new();
    private readonly ConcurrentDictionary<TenantId, ConcurrentDictionary<string, byte>> _contacts = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DateTimeOffset _nextScan = DateTimeOffset.MinValue;

    /// <summary>Messages were queued in <paramref name="tenant"/>: look at its outbox now.</summary>
    public void Signal(TenantId tenant)
    {
        _tenants.TryAdd(tenant, 0);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// <paramref name="userId"/> just talked to the bot: what waited for their next contact is sent now. Costs nothing
    /// (no store access) unless a message waits for them.
    /// </summary>
    public void SignalContact(TenantId tenant, string userId)
    {
        if (!waiting.MayWaitFor(tenant, userId))
        {
            return;
        }

        _contacts.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(RecipientKey.Of(userId), 0);
        Signal(tenant);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        // Start once the host is warm (models built, store reached, demo seeded), off the start-up path.
        while (!readiness.IsReady)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            _wake.Reader.TryRead(out _);
            DateTimeOffset? next = null;
            try
            {
                await RefreshTenantsAsync(stoppingToken);
                foreach (var tenant in _tenants.Keys)
                {
                    next = Earliest(next, await SweepTenantAsync(tenant, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Proactive sweep failed; trying again within {PollSeconds} s", _options.PollSeconds);
            }

            await WaitAsync(next, stoppingToken);
        }
    }

    private async Task RefreshTenantsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextScan)
        {
            return;
        }

        foreach (var tenant in await outbox.TenantsAsync(cancellationToken))
        {
            _tenants.TryAdd(tenant, 0);
        }

        _nextScan = now + TimeSpan.FromSeconds(_options.TenantScanSeconds);
    }

    // One tenant: resume what waited for people who just talked to the bot, close interrupted sends, drop old sent
    // messages, deliver what is due. Returns when this tenant next needs a look.
    private async Task<DateTimeOffset?> SweepTenantAsync(TenantId tenant, CancellationToken stoppingToken)
    {
        try
        {
            var agenda = await outbox.AgendaAsync(tenant, clock.GetUtcNow(), stoppingToken);
            if (await ResumeContactsAsync(tenant, agenda, stoppingToken))
            {
                agenda = await outbox.AgendaAsync(tenant, clock.GetUtcNow(), stoppingToken);
            }

            ChatPhoneMetrics.RecordOutboxDepth(tenant.ToString(), agenda.Due.Count + agenda.Waiting.Count);
            waiting.Replace(tenant, agenda.Waiting.Select(m => m.RecipientId));
            foreach (var interrupted in agenda.Interrupted)
            {
                var closed = await outbox.MarkUnknownAsync(tenant, interrupted, new Error("delivery.interrupted"), stoppingToken);
                if (closed.IsSuccess)
                {
                    logger.LogWarning(
                        "Message {MessageId} of tenant {Tenant} was being sent when its sender stopped; marked Unknown, not re-sent",
                        interrupted.Id, tenant);
                }
            }

            if (agenda.Expired.Count > 0)
            {
                await outbox.PurgeSentAsync(tenant, agenda.Expired, stoppingToken);
            }

            return Earliest(agenda.NextDueAt, await delivery.DeliverAsync(tenant, agenda.Due, stoppingToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Could not deliver the outbox of tenant {Tenant}; trying again later", tenant);
            return null;
        }
    }

    private async Task<bool> ResumeContactsAsync(TenantId tenant, OutboxAgenda agenda, CancellationToken cancellationToken)
    {
        if (!_contacts.TryRemove(tenant, out var contacted) || contacted.IsEmpty)
        {
            return false;
        }

        var ids = agenda.Waiting.Where(m => contacted.ContainsKey(RecipientKey.Of(m.RecipientId))).Select(m => m.Id).ToArray();
        if (ids.Length == 0)
        {
            return false;
        }

        var resumed = await outbox.ResumeWaitingAsync(tenant, ids, cancellationToken);
        logger.LogInformation("{Count} message(s) of tenant {Tenant} that waited for a contact are due now",
            resumed.IsSuccess ? resumed.Value : 0, tenant);
        return true;
    }

    private async Task WaitAsync(DateTimeOffset? next, CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(_options.PollSeconds);
        if (next is { } due && due - clock.GetUtcNow() < wait)
        {
            wait = due - clock.GetUtcNow();
        }

        if (wait <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signalled = _wake.Reader.WaitToReadAsync(stop.Token).AsTask();
        var elapsed = Task.Delay(wait, clock, stop.Token);
        await Task.WhenAny(signalled, elapsed);
        await stop.CancelAsync();
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
