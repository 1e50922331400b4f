using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>The stored collections of the ResourceAccounts area.</summary>
public static class ResourceAccountCollections
{
    /// <summary>Resource accounts, by id.</summary>
    public static readonly DocumentCollection<ResourceAccount> Accounts = new("resource-accounts", ResourceAccount.SchemaVersion, ResourceAccountsJson.Default.ResourceAccount);

    /// <summary>Which resource account holds each UPN, by lower-case UPN: keeps UPNs unique with a one-document read.</summary>
    public static readonly DocumentCollection<UpnClaim> Upns = new("resource-account-upns", UpnClaim.SchemaVersion, ResourceAccountsJson.Default.UpnClaim);
}

/// <summary>The resource account that holds a UPN.</summary>
/// <param name="AccountId">The resource account's id.</param>
public sealed record UpnClaim(string AccountId)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}

/// <summary>Source-generated JSON for the ResourceAccounts area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResourceAccount))]
[JsonSerializable(typeof(UpnClaim))]
internal sealed partial class ResourceAccountsJson : JsonSerializerContext;
