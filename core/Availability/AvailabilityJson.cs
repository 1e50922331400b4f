using System.Text.Json.Serialization;

namespace ChatPhone.Core.Availability;

/// <summary>Source-generated JSON for the Availability area (the embedded catalog and the answers).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(CountryFile))]
[JsonSerializable(typeof(FeatureAvailability))]
internal sealed partial class AvailabilityJson : JsonSerializerContext;
