using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ChatPhone.Core.Storage;

/// <summary>
/// A named set of one tenant's aggregates of one type, each stored as a JSON document with its schema
/// version (<c>{"v":1,"data":{…}}</c>) under a string id. In Redis a collection is one hash under the
/// tenant's hash tag, so a command may read and write several collections in one atomic unit.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
/// <param name="Name">Lower-case, dash-separated name; it is part of the Redis key.</param>
/// <param name="SchemaVersion">The version new documents are written with.</param>
/// <param name="Type">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
public sealed record DocumentCollection<T>(string Name, int SchemaVersion, JsonTypeInfo<T> Type) : IStoredCollection
{
    // Above this many distinct documents kept, the shared reads start over (a bound, not a policy).
    private const int MaxSharedReads = 50_000;

    private readonly ConcurrentDictionary<string, T> _sharedReads = new(StringComparer.Ordinal);
    private long _sharedBytes;

    /// <summary>
    /// True for a deeply immutable <typeparamref name="T"/> (strings, numbers, enums, records of them): each
    /// distinct stored JSON is then deserialised once and the same instance handed to every reader. Commands
    /// that read a whole collection of thousands (the inventory, for the quota) otherwise parse it on every run.
    /// </summary>
    public bool SharesReads { get; init; }

    /// <summary>
    /// The most memory the shared reads of this collection may hold in one process, estimated from the stored JSON (its
    /// UTF-16 string, kept as the key, and as much again for the parsed document). Past it, or past 50,000 documents,
    /// they start over: a tenant of 200,000 numbers costs a re-parse, never unbounded memory. Default 64 MiB.
    /// </summary>
    public long MaxSharedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The estimated memory the shared reads hold now (see <see cref="MaxSharedBytes"/>).</summary>
    public long SharedBytes => Interlocked.Read(ref _sharedBytes);

    /// <summary>
    /// What the audit trail keeps of a document: a copy with its secrets masked (a port order's PIN and account
    /// number). Null keeps documents whole. Audit entries are read by helpdesk staff, the documents by admins only.
    /// </summary>
    public Func<T, T>? AuditCopy { get; init; }

    /// <summary>
    /// What must hold of every document of the collection whatever wrote it (a subscription never has more units
    /// assigned than bought). Commands keep it by their own rules; a write that is not a command's own decision (an
    /// undo restoring an older state) is checked against it. Null: any document that reads is consistent.
    /// </summary>
    public Func<T, bool>? IsConsistent { get; init; }

    /// <inheritdoc />
    public IReadOnlySet<string> Counters { get; init; } = new HashSet<string>();

    /// <inheritdoc />
    public bool KeepsSecrets => AuditCopy is not null;

    /// <inheritdoc />
    public bool Accepts(string dataJson)
    {
        try
        {
            var value = JsonSerializer.Deserialize(dataJson, Type);
            return value is not null && (IsConsistent is null || IsConsistent(value));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Serialises <paramref name="value"/> in its envelope.</summary>
    public string Write(T value) => Envelope(DataJson(value));

    /// <summary>Wraps the aggregate's own JSON (<see cref="DataJson"/>) in the stored envelope.</summary>
    public string Envelope(string dataJson) => DocumentEnvelope.Wrap(SchemaVersion, dataJson);

    /// <summary>Reads a stored document; a document written by a newer schema is refused rather than misread.</summary>
    public T Read(string json)
    {
        if (!SharesReads)
        {
            return Parse(json);
        }

        if (_sharedReads.TryGetValue(json, out var shared))
        {
            return shared;
        }

        var cost = Cost(json);
        if (_sharedReads.Count >= MaxSharedReads || Interlocked.Read(ref _sharedBytes) + cost > MaxSharedBytes)
        {
            _sharedReads.Clear();
            Interlocked.Exchange(ref _sharedBytes, 0);
        }

        var parsed = Parse(json);
        if (cost <= MaxSharedBytes && _sharedReads.TryAdd(json, parsed))
        {
            Interlocked.Add(ref _sharedBytes, cost);
        }

        return parsed;
    }

    // The key string (UTF-16, with its object header) and, as an estimate, as much again for the parsed document.
    private static long Cost(string json) => 2L * ((2L * json.Length) + 24);

    private T Parse(string json)
    {
        if (DocumentEnvelope.TrySplit(json, out var version, out var data))
        {
            // The envelope Wrap writes: the aggregate is deserialised straight from its slice, without a DOM.
            RefuseNewer(version);
            return JsonSerializer.Deserialize(data, Type) ?? throw new JsonException($"Empty {Name} document.");
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        RefuseNewer(root.GetProperty("v").GetInt32());
        return root.GetProperty("data").Deserialize(Type) ?? throw new JsonException($"Empty {Name} document.");
    }

    private void RefuseNewer(int version)
    {
        if (version > SchemaVersion)
        {
            throw new JsonException($"{Name} document has schema v{version}; this build reads up to v{SchemaVersion}.");
        }
    }

    /// <summary>The JSON of the aggregate alone (no envelope).</summary>
    public string DataJson(T value) => JsonSerializer.Serialize(value, Type);

    /// <summary>The JSON the audit trail keeps of <paramref name="value"/> (masked by <see cref="AuditCopy"/>).</summary>
    public string AuditJson(T value) => DataJson(AuditCopy is null ? value : AuditCopy(value));

    /// <summary>The JSON the audit trail keeps of a stored document (its envelope as read).</summary>
    public string AuditJsonOfStored(string envelope) => AuditCopy is null ? DocumentEnvelope.DataOf(envelope) : AuditJson(Parse(envelope));
}

/// <summary>The stored form of every document: <c>{"v":schemaVersion,"data":aggregate}</c>.</summary>
public static class DocumentEnvelope
{
    /// <summary>Wraps an aggregate's JSON with its schema version.</summary>
    public static string Wrap(int schemaVersion, string dataJson) => $"{{\"v\":{schemaVersion},\"data\":{dataJson}}}";

    /// <summary>
    /// The aggregate's JSON inside a stored envelope, without parsing it when the envelope is the one
    /// <see cref="Wrap"/> writes (a bulk command's audit trail reads thousands of them).
    /// </summary>
    public static string DataOf(string envelope)
    {
        if (TrySplit(envelope, out _, out var data))
        {
            return data.ToString();
        }

        using var document = JsonDocument.Parse(envelope);
        return document.RootElement.GetProperty("data").GetRawText();
    }

    /// <summary>Splits an envelope written by <see cref="Wrap"/> into its version and the aggregate's JSON; false for any other form.</summary>
    public static bool TrySplit(string envelope, out int schemaVersion, out ReadOnlySpan<char> dataJson)
    {
        const string version = "{\"v\":";
        const string data = ",\"data\":";
        schemaVersion = 0;
        dataJson = default;
        var start = envelope.StartsWith(version, StringComparison.Ordinal) ? envelope.IndexOf(data, version.Length, StringComparison.Ordinal) : -1;
        if (start <= version.Length || !envelope.EndsWith('}')
            || !int.TryParse(envelope.AsSpan(version.Length, start - version.Length), NumberStyles.None, CultureInfo.InvariantCulture, out schemaVersion))
        {
            return false;
        }

        dataJson = envelope.AsSpan((start + data.Length)..^1);
        return true;
    }
}
