using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Emergency;

/// <summary>The stored collections of the Emergency area.</summary>
public static class EmergencyCollections
{
    /// <summary>Civic addresses with their locations, by address id.</summary>
    public static readonly DocumentCollection<CivicAddress> Addresses = new("addresses", CivicAddress.SchemaVersion, EmergencyJson.Default.CivicAddress);

    /// <summary>The address that holds <paramref name="locationId"/>, or null.</summary>
    public static CivicAddress? AddressOf(IEnumerable<CivicAddress> addresses, string locationId) =>
        addresses.FirstOrDefault(a => a.Locations.Any(l => l.Id == locationId));
}

/// <summary>Source-generated JSON for the Emergency area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CivicAddress))]
[JsonSerializable(typeof(AddressOutcome))]
[JsonSerializable(typeof(LocationPlace))]
[JsonSerializable(typeof(AddressDeleted))]
internal sealed partial class EmergencyJson : JsonSerializerContext;
