using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Storage;

/// <summary>Source-generated JSON for every stored document (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredDocument<Person>))]
[JsonSerializable(typeof(StoredDocument<PendingImport>))]
[JsonSerializable(typeof(StoredDocument<ImportOutcome>))]
[JsonSerializable(typeof(StoredDocument<AuditEntry>))]
[JsonSerializable(typeof(StoredDocument<List<AuditEntry>>))]
[JsonSerializable(typeof(StoredDocument<List<StoredNumber>>))]
[JsonSerializable(typeof(ImportOutcome))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;

/// <summary>The envelope every stored aggregate is written in: its schema version and its data.</summary>
internal sealed record StoredDocument<T>(int V, T Data);

/// <summary>A number as stored in a person's number list.</summary>
internal sealed record StoredNumber(string Number, AssignmentCategory Category);

/// <summary>Serialises documents with their schema version.</summary>
internal static class CoreJson
{
    public static string Write<T>(T value, int schemaVersion) =>
        JsonSerializer.Serialize(new StoredDocument<T>(schemaVersion, value), Info<T>());

    public static T Read<T>(string json) =>
        (JsonSerializer.Deserialize(json, Info<T>()) ?? throw new JsonException("Empty document.")).Data;

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<StoredDocument<T>> Info<T>() =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<StoredDocument<T>>)(CoreJsonContext.Default.GetTypeInfo(typeof(StoredDocument<T>))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in CoreJsonContext."));
}
