namespace ChatPhone.Core.Storage;

/// <summary>
/// The raw documents a command read, with the versions its commit will be conditional on.
/// Typed access deserialises on demand.
/// </summary>
public sealed class TenantSnapshot(
    IReadOnlyDictionary<(string Collection, string Id), string?> documents,
    IReadOnlyDictionary<string, CollectionSnapshot> collections,
    IReadOnlyDictionary<string, long?>? versions = null)
{
    /// <summary>An empty snapshot (nothing read).</summary>
    public static TenantSnapshot Empty { get; } = new(new Dictionary<(string, string), string?>(), new Dictionary<string, CollectionSnapshot>());

    /// <summary>The raw documents read by id (null when absent).</summary>
    public IReadOnlyDictionary<(string Collection, string Id), string?> Documents { get; } = documents;

    /// <summary>
    /// The version counter of each collection documents were read from by id, at the moment of the read (null when
    /// the collection was never written). A commit may rest on it instead of on each of thousands of documents.
    /// </summary>
    public IReadOnlyDictionary<string, long?> Versions { get; } = versions ?? new Dictionary<string, long?>();

    /// <summary>The collections read in full.</summary>
    public IReadOnlyDictionary<string, CollectionSnapshot> Collections { get; } = collections;

    /// <summary>The raw stored JSON of one document, from either kind of read; null when absent.</summary>
    public string? Raw(string collection, string id) =>
        Collections.TryGetValue(collection, out var all)
            ? all.Documents.GetValueOrDefault(id)
            : Documents.TryGetValue((collection, id), out var raw)
                ? raw
                : throw new InvalidOperationException($"{collection}:{id} was not declared in the command's reads.");

    /// <summary>Whether <paramref name="collection"/>:<paramref name="id"/> was read (so a write to it is conditional).</summary>
    public bool WasRead(string collection, string id) =>
        Collections.ContainsKey(collection) || Documents.ContainsKey((collection, id));

    /// <summary>The document, or null when it does not exist.</summary>
    public T? Find<T>(DocumentCollection<T> collection, string id)
        where T : class
    {
        var raw = Raw(collection.Name, id);
        return raw is null ? null : collection.Read(raw);
    }

    /// <summary>Every document of a collection read in full, by id.</summary>
    public IReadOnlyDictionary<string, T> All<T>(DocumentCollection<T> collection) =>
        Collections.TryGetValue(collection.Name, out var all)
            ? all.Documents.ToDictionary(d => d.Key, d => collection.Read(d.Value), StringComparer.Ordinal)
            : throw new InvalidOperationException($"{collection.Name} was not declared as read in full.");
}

/// <summary>A collection read in full: its documents and the version counter its commit is conditional on.</summary>
public sealed record CollectionSnapshot(IReadOnlyDictionary<string, string> Documents, long? Version);
