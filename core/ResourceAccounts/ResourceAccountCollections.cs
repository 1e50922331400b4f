using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>The stored collections of the ResourceAccounts area.</summary>
public static class ResourceAccountCollections
{
    /// <summary>Resource accounts, by id.</summary>
    public static readonly DocumentCollection<ResourceAccount> Accounts = new("resource-accounts", ResourceAccount.SchemaVersion, ResourceAccountsJson.Default.ResourceAccount);
}

/// <summary>Source-generated JSON for the ResourceAccounts area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResourceAccount))]
internal sealed partial class ResourceAccountsJson : JsonSerializerContext;
