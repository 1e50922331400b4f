using System.Text.Json.Serialization;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>Source-generated JSON for the results of number assignment commands.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PhoneNumber))]
[JsonSerializable(typeof(PhoneNumber[]))]
[JsonSerializable(typeof(ReleaseOutcome))]
[JsonSerializable(typeof(BulkNumberOutcome))]
internal sealed partial class AssignmentJson : JsonSerializerContext;
