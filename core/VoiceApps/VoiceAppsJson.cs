using System.Text.Json.Serialization;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.VoiceApps;

/// <summary>Source-generated JSON for the association commands' results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResourceAccount))]
internal sealed partial class VoiceAppsJson : JsonSerializerContext;
