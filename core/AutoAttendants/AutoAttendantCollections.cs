using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>The stored collections of the AutoAttendants area.</summary>
public static class AutoAttendantCollections
{
    /// <summary>Auto attendants, by id.</summary>
    public static readonly DocumentCollection<AutoAttendant> Attendants = new("auto-attendants", AutoAttendant.SchemaVersion, AutoAttendantsJson.Default.AutoAttendant);
}

/// <summary>Source-generated JSON for the AutoAttendants area (aggregates and command results).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AutoAttendant))]
[JsonSerializable(typeof(AutoAttendantSaved))]
[JsonSerializable(typeof(AutoAttendantSettings))]
[JsonSerializable(typeof(VoiceApps.VoiceAppDeleted))]
internal sealed partial class AutoAttendantsJson : JsonSerializerContext;
