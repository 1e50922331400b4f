using ChatPhone.Core.Audit;

namespace ChatPhone.Core.Storage;

/// <summary>The writes a command decided on, applied atomically (all or nothing) with its audit entries.</summary>
public sealed class ChangeSet
{
    private readonly Dictionary<(string Collection, string Id), DocumentChange> _changes = [];
    private readonly List<AuditEntry> _audit = [];

    /// <summary>The document writes, one per (collection, id); a later write to the same document replaces an earlier one.</summary>
    public IReadOnlyCollection<DocumentChange> Changes => _changes.Values;

    /// <summary>Extra audit entries (the runner adds one per changed document itself).</summary>
    public IReadOnlyList<AuditEntry> Audit => _audit;

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty => _changes.Count == 0 && _audit.Count == 0;

    /// <summary>Creates or replaces a document.</summary>
    public ChangeSet Put<T>(DocumentCollection<T> collection, string id, T value)
    {
        var data = collection.DataJson(value);
        _changes[(collection.Name, id)] = new DocumentChange(collection.Name, id, collection.Envelope(data), collection.AuditCopy is null ? data : collection.AuditJson(value))
        {
            AuditOfStored = AuditOfStored(collection),
        };
        return this;
    }

    /// <summary>Deletes a document.</summary>
    public ChangeSet Delete<T>(DocumentCollection<T> collection, string id)
    {
        _changes[(collection.Name, id)] = new DocumentChange(collection.Name, id, Json: null, Data: null) { AuditOfStored = AuditOfStored(collection) };
        return this;
    }

    /// <summary>
    /// Writes back a document as the audit trail kept it (<paramref name="dataJson"/>, the aggregate's JSON), or deletes it
    /// when null: the undo of a change, for a collection whose audit copies are whole.
    /// </summary>
    public ChangeSet Restore(IStoredCollection collection, string id, string? dataJson)
    {
        if (collection.KeepsSecrets)
        {
            throw new InvalidOperationException($"{collection.Name} keeps masked audit copies; they cannot be written back.");
        }

        _changes[(collection.Name, id)] = new DocumentChange(collection.Name, id, dataJson is null ? null : collection.Envelope(dataJson), dataJson);
        return this;
    }

    /// <summary>Adds an audit entry of the command's own, besides those of the documents it changes.</summary>
    public ChangeSet Record(AuditEntry entry)
    {
        _audit.Add(entry);
        return this;
    }

    /// <summary>The pending write to a document, if any (lets later rules see earlier decisions).</summary>
    public DocumentChange? Pending(string collection, string id) => _changes.GetValueOrDefault((collection, id));

    private static Func<string, string>? AuditOfStored<T>(DocumentCollection<T> collection) =>
        collection.AuditCopy is null ? null : collection.AuditJsonOfStored;
}

/// <summary>One document write: the stored JSON (null to delete) and the data the audit trail keeps of it (secrets masked).</summary>
public sealed record DocumentChange(string Collection, string Id, string? Json, string? Data)
{
    /// <summary>
    /// Turns the document's stored JSON, as read before the change, into what the audit trail keeps of it; null when
    /// its collection keeps documents whole (the data inside the envelope is then kept as is).
    /// </summary>
    public Func<string, string>? AuditOfStored { get; init; }
}
