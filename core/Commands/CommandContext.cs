using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Commands;

/// <summary>What a command's decision sees (the actor, the time, the documents it read) and where it writes.</summary>
public sealed class CommandContext(Actor actor, DateTimeOffset now, TenantSnapshot snapshot)
{
    private readonly List<Action<ReadSet>> _moreReads = [];

    /// <summary>Who runs the command.</summary>
    public Actor Actor { get; } = actor;

    /// <summary>The time the command runs at (one value for the whole decision).</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The documents read.</summary>
    public TenantSnapshot Snapshot { get; } = snapshot;

    /// <summary>The writes decided so far.</summary>
    public ChangeSet Changes { get; } = new();

    /// <summary>The document as read, or null when it does not exist.</summary>
    public T? Find<T>(DocumentCollection<T> collection, string id)
        where T : class => Snapshot.Find(collection, id);

    /// <summary>Every document of a collection read in full.</summary>
    public IReadOnlyDictionary<string, T> All<T>(DocumentCollection<T> collection) => Snapshot.All(collection);

    /// <summary>Creates or replaces a document.</summary>
    public void Put<T>(DocumentCollection<T> collection, string id, T value) => Changes.Put(collection, id, value);

    /// <summary>Deletes a document.</summary>
    public void Delete<T>(DocumentCollection<T> collection, string id) => Changes.Delete(collection, id);

    /// <summary>The reads the decision asked for besides those declared (see <see cref="ReadAlso"/>).</summary>
    public IReadOnlyList<Action<ReadSet>> MoreReads => _moreReads;

    /// <summary>
    /// Asks to decide again with <paramref name="reads"/> read as well, when what to read follows from what was read (the
    /// numbers an order holds): the runner adds them to the command's reads and runs the decision again on one new
    /// snapshot, and the error returned meanwhile is never seen. The decision must then find them read.
    /// </summary>
    public Error ReadAlso(Action<ReadSet> reads)
    {
        _moreReads.Add(reads);
        return new Error("store.read_more");
    }
}
