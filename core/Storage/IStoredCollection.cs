namespace ChatPhone.Core.Storage;

/// <summary>
/// A document collection seen without its aggregate type: what the undo of a change needs to write back a document's
/// JSON as the audit trail kept it, and to check that what it writes still reads as a valid aggregate.
/// </summary>
public interface IStoredCollection
{
    /// <summary>The collection's name, as in audit targets (<c>call-queues:ab12…</c>).</summary>
    string Name { get; }

    /// <summary>The schema version documents are written with.</summary>
    int SchemaVersion { get; }

    /// <summary>Top-level JSON fields that count things (units bought, units assigned): an undo moves them back by difference.</summary>
    IReadOnlySet<string> Counters { get; }

    /// <summary>True when the audit trail keeps a masked copy of the documents, so it cannot write them back.</summary>
    bool KeepsSecrets { get; }

    /// <summary>Wraps an aggregate's JSON in the stored envelope.</summary>
    string Envelope(string dataJson);

    /// <summary>True when <paramref name="dataJson"/> reads as an aggregate of the collection and is consistent.</summary>
    bool Accepts(string dataJson);
}
