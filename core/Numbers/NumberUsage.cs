using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Numbers;

/// <summary>
/// How many numbers acquired from the carrier count against one allowance: a document of the <c>number-usage</c>
/// collection, one per <see cref="QuotaKind"/> (<c>User</c>, <c>Toll</c>, <c>TollFree</c>).
/// </summary>
/// <param name="Acquired">Numbers of the inventory with Source Acquired whose type counts against the kind (ported ones never do).</param>
public sealed record NumberUsage(int Acquired)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}

/// <summary>
/// The quota-usage index: what the inventory holds against each allowance, kept as data in the same commit as every change
/// to the inventory, so that search, acquire and the quotas read three small documents instead of every number.
/// <para>
/// Who keeps it: every command that adds or removes number documents opens it and <see cref="Record"/>s each of them
/// (acquire adds Acquired numbers, release removes them, port completion adds Ported ones, which never count). The other
/// writers of <see cref="NumberCollections.Numbers"/> (assignment, locations, the bridge, resource accounts) rewrite a
/// number with its type and source unchanged. Undo never writes a number in or out: acquire, release and port are refused
/// by <see cref="Audit.Undo.UndoPolicy"/>; should that change, <see cref="NumberCollections.Usage"/> declares
/// <c>acquired</c> a counter, moved back by difference. The invariant checker compares the index with the inventory.
/// </para>
/// <para>
/// Rebuilding: a tenant whose data predates the index (or whose index was dropped) has none of the three documents. The
/// first command that opens it then reads the whole inventory once (<see cref="CommandContext.ReadAlso"/>), counts it and
/// writes the three documents with its own changes: a one-time migration, in the command's atomic commit. The three are
/// always written together and never deleted, so one missing means the index is not built. Queries count the inventory
/// instead, without writing (<see cref="Counted"/>).
/// </para>
/// </summary>
public sealed class NumberUsageIndex
{
    private readonly Dictionary<QuotaKind, int> _acquired;

    private NumberUsageIndex(Dictionary<QuotaKind, int> acquired) => _acquired = acquired;

    /// <summary>The documents' ids: the names of the quota kinds.</summary>
    public static IReadOnlyList<string> Ids { get; } = Enum.GetNames<QuotaKind>();

    /// <summary>Declares the index's documents among a command's reads.</summary>
    public static ReadSet Declare(ReadSet reads) => reads.Many(NumberCollections.Usage, Ids);

    /// <summary>
    /// The index as the command read it; when the tenant has none yet, built from the whole inventory (asked for with
    /// <see cref="CommandContext.ReadAlso"/> when not read) and written in the command's changes.
    /// </summary>
    public static Result<NumberUsageIndex> Open(CommandContext context)
    {
        if (Stored(context.Snapshot) is { } stored)
        {
            return new NumberUsageIndex(stored);
        }

        if (!context.Snapshot.Collections.ContainsKey(NumberCollections.Numbers.Name))
        {
            return context.ReadAlso(reads => reads.All(NumberCollections.Numbers));
        }

        var built = new NumberUsageIndex(Count(context.All(NumberCollections.Numbers).Values));
        foreach (var kind in Enum.GetValues<QuotaKind>())
        {
            context.Put(NumberCollections.Usage, kind.ToString(), new NumberUsage(built.Acquired(kind)));
        }

        return built;
    }

    /// <summary>
    /// What a query reads of the index: the counts, or null when the tenant has none yet (the query then counts the
    /// inventory with <see cref="Count"/>). The snapshot must hold the documents <see cref="Declare"/> names.
    /// </summary>
    public static IReadOnlyDictionary<QuotaKind, int>? Counted(TenantSnapshot snapshot) => Stored(snapshot);

    /// <summary>What the inventory holds against each allowance: its Acquired numbers, by the kind their type counts against.</summary>
    public static Dictionary<QuotaKind, int> Count(IEnumerable<PhoneNumber> inventory)
    {
        var counts = Enum.GetValues<QuotaKind>().ToDictionary(k => k, _ => 0);
        foreach (var number in inventory)
        {
            if (KindOf(number) is { } kind)
            {
                counts[kind]++;
            }
        }

        return counts;
    }

    /// <summary>The Acquired numbers counted against <paramref name="kind"/>, with the changes recorded so far.</summary>
    public int Acquired(QuotaKind kind) => _acquired.GetValueOrDefault(kind);

    /// <summary>
    /// Records a write to the inventory in the command's changes: the number as it was (null when new) and as it will be
    /// (null when removed). Nothing is written when the write does not change what counts.
    /// </summary>
    public void Record(CommandContext context, PhoneNumber? before, PhoneNumber? after)
    {
        var was = KindOf(before);
        var becomes = KindOf(after);
        if (was == becomes)
        {
            return;
        }

        if (was is { } removed)
        {
            Move(context, removed, -1);
        }

        if (becomes is { } added)
        {
            Move(context, added, +1);
        }
    }

    private void Move(CommandContext context, QuotaKind kind, int by)
    {
        _acquired[kind] = Acquired(kind) + by;
        context.Put(NumberCollections.Usage, kind.ToString(), new NumberUsage(_acquired[kind]));
    }

    private static QuotaKind? KindOf(PhoneNumber? number) =>
        number is { Source: NumberSource.Acquired } ? NumberQuota.KindOf(number.Type) : null;

    private static Dictionary<QuotaKind, int>? Stored(TenantSnapshot snapshot)
    {
        var counts = new Dictionary<QuotaKind, int>();
        foreach (var kind in Enum.GetValues<QuotaKind>())
        {
            if (snapshot.Find(NumberCollections.Usage, kind.ToString()) is not { } usage)
            {
                return null;
            }

            counts[kind] = usage.Acquired;
        }

        return counts;
    }
}
