using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Licensing;

/// <summary>Calling Plan minute pools: recording usage and reading what is left.</summary>
public sealed partial class LicensingService
{
    /// <summary>The most minutes one record may add.</summary>
    public const int MaxMinutesPerRecord = 1_000_000;

    /// <summary>Adds used minutes to the country's count for the current month; returns the pool after it.</summary>
    public Task<Result<MinutePool>> RecordMinutesAsync(RecordMinutes command, CancellationToken cancellationToken = default)
    {
        var country = command.Country?.Trim().ToUpperInvariant() ?? string.Empty;
        var invalid = command.Minutes is < 1 or > MaxMinutesPerRecord
            ? new Error("license.minutes_out_of_range", command.Minutes, MaxMinutesPerRecord)
            : !CallingPlansSoldIn(country) ? new Error("license.minutes_country_invalid", command.Country ?? string.Empty) : null;
        return runner.RunAsync(command, AuditActions.Licensing.MinutesRecord, Role.Admin, invalid,
            reads => MinuteReads(reads, MinutesUsage.MonthOf(clock.GetUtcNow()), MinutesUsage.MonthOf(clock.GetUtcNow().AddDays(1))),
            context =>
            {
                var month = MinutesUsage.MonthOf(context.Now);
                if (!context.Snapshot.WasRead(LicensingCollections.Minutes.Name, month))
                {
                    // Only a command running for more than a day could decide in a month it did not read.
                    return new Error("store.busy");
                }

                var usage = (context.Find(LicensingCollections.Minutes, month) ?? MinutesUsage.Empty(month)).Add(country, command.Minutes);
                context.Put(LicensingCollections.Minutes, month, usage);
                return MinutePool.Of(country, context.Now, context.All(LicensingCollections.Users).Values, usage, catalog)!;
            },
            LicensingJson.Default.MinutePool,
            cancellationToken);
    }

    /// <summary>The minute pool of <paramref name="country"/> this month (any member may look); <c>license.minutes_country_invalid</c> where Calling Plans are not sold.</summary>
    public async Task<Result<MinutePool>> MinutePoolAsync(Actor actor, string country, CancellationToken cancellationToken = default)
    {
        if (actor.Role == Role.Unknown)
        {
            return new Error("directory.not_a_member");
        }

        var now = clock.GetUtcNow();
        var month = MinutesUsage.MonthOf(now);
        var snapshot = await runner.ReadAsync(actor.Tenant, reads => MinuteReads(reads, month), cancellationToken);
        var pool = MinutePool.Of(country?.Trim() ?? string.Empty, now, snapshot.All(LicensingCollections.Users).Values,
            snapshot.Find(LicensingCollections.Minutes, month), catalog);
        return pool is null ? new Error("license.minutes_country_invalid", country ?? string.Empty) : pool;
    }

    private static void MinuteReads(Storage.ReadSet reads, params string[] months) =>
        reads.All(LicensingCollections.Users).Many(LicensingCollections.Minutes, months.Distinct());
}
