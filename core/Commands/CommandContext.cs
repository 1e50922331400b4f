using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Commands;

/// <summary>What a command's decision sees (the actor, the time, the documents it read) and where it writes.</summary>
public sealed class CommandContext(Actor actor, DateTimeOffset now, TenantSnapshot snapshot)
{
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
}
