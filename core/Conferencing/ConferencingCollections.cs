using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Conferencing;

/// <summary>The stored collections of the Conferencing area.</summary>
public static class ConferencingCollections
{
    /// <summary>The tenant settings, one document under <see cref="ConferencingSettings.Id"/>.</summary>
    public static readonly DocumentCollection<ConferencingSettings> Settings = new("conferencing-settings", ConferencingSettings.SchemaVersion, ConferencingJson.Default.ConferencingSettings);

    /// <summary>The bridge, one document under <see cref="ConferenceBridge.DocumentId"/>.</summary>
    public static readonly DocumentCollection<ConferenceBridge> Bridge = new("conferencing-bridge", ConferenceBridge.SchemaVersion, ConferencingJson.Default.ConferenceBridge);

    /// <summary>Organizers enabled for dial-in, by user object id (lower-case).</summary>
    public static readonly DocumentCollection<OrganizerSettings> Organizers = new("conferencing-organizers", OrganizerSettings.SchemaVersion, ConferencingJson.Default.OrganizerSettings);
}

/// <summary>Source-generated JSON for the Conferencing area (aggregates and command results).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConferencingSettings))]
[JsonSerializable(typeof(ConferenceBridge))]
[JsonSerializable(typeof(OrganizerSettings))]
[JsonSerializable(typeof(OrganizerDefaultsMoved))]
internal sealed partial class ConferencingJson : JsonSerializerContext;
