namespace ChatPhone.Core.Storage;

/// <summary>
/// What a command reads before it decides: single documents by id, and whole collections. Everything
/// is fetched in one round trip, and the commit is conditional on all of it being unchanged.
/// </summary>
public sealed class ReadSet
{
    private readonly HashSet<(string Collection, string Id)> _documents = [];
    private readonly HashSet<string> _collections = [];

    /// <summary>The documents read by id.</summary>
    public IReadOnlyCollection<(string Collection, string Id)> Documents => _documents;

    /// <summary>The collections read in full.</summary>
    public IReadOnlyCollection<string> Collections => _collections;

    /// <summary>Reads one document (absent is a valid answer).</summary>
    public ReadSet One<T>(DocumentCollection<T> collection, string id)
    {
        _documents.Add((collection.Name, id));
        return this;
    }

    /// <summary>Declares that the command reads the document <paramref name="id"/> of a collection known by name only.</summary>
    public ReadSet One(IStoredCollection collection, string id)
    {
        _documents.Add((collection.Name, id));
        return this;
    }

    /// <summary>Reads several documents of one collection: the documents <paramref name="ids"/> of <paramref name="collection"/>.</summary>
    public ReadSet Many<T>(DocumentCollection<T> collection, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _documents.Add((collection.Name, id));
        }

        return this;
    }

    /// <summary>Reads every document of a collection; the commit then requires the whole collection unchanged.</summary>
    public ReadSet All<T>(DocumentCollection<T> collection) => All((IStoredCollection)collection);

    /// <summary>Reads every document of a collection known by name only (see <see cref="StoredCollections"/>).</summary>
    public ReadSet All(IStoredCollection collection)
    {
        _collections.Add(collection.Name);
        return this;
    }
}
