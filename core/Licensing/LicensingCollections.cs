using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Licensing;

/// <summary>The stored collections of the Licensing area.</summary>
public static class LicensingCollections
{
    /// <summary>Subscriptions, by SKU enum name.</summary>
    public static readonly DocumentCollection<Subscription> Subscriptions = new("subscriptions", Subscription.SchemaVersion, LicensingJson.Default.Subscription)
    {
        IsConsistent = s => s.Purchased >= 0 && s.Consumed >= 0 && s.Consumed <= s.Purchased,
        Counters = new HashSet<string>(["purchased", "consumed"], StringComparer.Ordinal),
    };

    /// <summary>Per-person licenses, by user object id (lower-case).</summary>
    public static readonly DocumentCollection<UserLicenses> Users = new("licenses", UserLicenses.SchemaVersion, LicensingJson.Default.UserLicenses);

    /// <summary>Calling Plan minutes used, one document per month (<c>yyyy-MM</c>).</summary>
    public static readonly DocumentCollection<MinutesUsage> Minutes = new("minutes-usage", MinutesUsage.SchemaVersion, LicensingJson.Default.MinutesUsage);
}

/// <summary>Source-generated JSON for the Licensing area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(Subscription[]))]
[JsonSerializable(typeof(UserLicenses))]
[JsonSerializable(typeof(LicenseChange))]
[JsonSerializable(typeof(BulkLicenseOutcome))]
[JsonSerializable(typeof(MinutesUsage))]
[JsonSerializable(typeof(MinutePool))]
internal sealed partial class LicensingJson : JsonSerializerContext;
