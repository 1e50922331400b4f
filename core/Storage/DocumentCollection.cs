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
public sealed record DocumentCollection<T>(string Name, int SchemaVersion, JsonTypeInfo<T> Type)
{
    /// <summary>Serialises <paramref name="value"/> in its envelope.</summary>
    public string Write(T value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", SchemaVersion);
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, value, Type);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a stored document; a document written by a newer schema is refused rather than misread.</summary>
    public T Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var version = root.GetProperty("v").GetInt32();
        if (version > SchemaVersion)
        {
            throw new JsonException($"{Name} document has schema v{version}; this build reads up to v{SchemaVersion}.");
        }

        return root.GetProperty("data").Deserialize(Type) ?? throw new JsonException($"Empty {Name} document.");
    }

    /// <summary>The JSON of the aggregate alone (no envelope), for audit entries.</summary>
    public string DataJson(T value) => JsonSerializer.Serialize(value, Type);
}
