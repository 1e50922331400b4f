using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Credits;

/// <summary>The stored collections of the Credits area.</summary>
public static class CreditsCollections
{
    /// <summary>The one account, under <see cref="CreditsAccount.Id"/>.</summary>
    public static readonly DocumentCollection<CreditsAccount> Accounts = new("credits", CreditsAccount.SchemaVersion, CreditsJson.Default.CreditsAccount);
}

/// <summary>Source-generated JSON for the Credits area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreditsAccount))]
[JsonSerializable(typeof(CreditsView))]
[JsonSerializable(typeof(AutoRechargeConfigured))]
[JsonSerializable(typeof(UsageRecorded))]
internal sealed partial class CreditsJson : JsonSerializerContext;
