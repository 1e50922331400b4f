using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Tenants;

/// <summary>
/// The organisation's profile: the name people know it by (shown wherever the guide needs the company name,
/// instead of the tenant id), its default country (an ISO code of the availability catalog) and the currency
/// it is billed in (ISO 4217). Each part is optional until an admin gives it; one document per tenant.
/// </summary>
/// <param name="DisplayName">The organisation's name, 1–64 characters, trimmed.</param>
/// <param name="Country">The default country, two-letter ISO code.</param>
/// <param name="Currency">The billing currency, one of <see cref="ProfileRules.Currencies"/>.</param>
public sealed record TenantProfile(string? DisplayName, string? Country, string? Currency)
{
    /// <summary>The schema version documents are written with.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The id of the one profile document.</summary>
    public const string Id = "profile";

    /// <summary>A profile with nothing given yet (what "skip" stores, so the question is not asked again).</summary>
    public static readonly TenantProfile Empty = new(null, null, null);

    /// <summary>The name to show for the organisation: its display name, else <paramref name="fallback"/>.</summary>
    public string NameOr(string fallback) => string.IsNullOrWhiteSpace(DisplayName) ? fallback : DisplayName;
}

/// <summary>The stored collection of the profile.</summary>
public static class ProfileCollections
{
    /// <summary>The one profile, under <see cref="TenantProfile.Id"/>.</summary>
    public static readonly DocumentCollection<TenantProfile> Profiles = new("profile", TenantProfile.SchemaVersion, ProfileJson.Default.TenantProfile);
}

/// <summary>Source-generated JSON for the profile.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TenantProfile))]
internal sealed partial class ProfileJson : JsonSerializerContext;
