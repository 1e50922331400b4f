using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Numbers;

/// <summary>The stored collections of the Numbers area.</summary>
public static class NumberCollections
{
    /// <summary>The tenant's number inventory, by E.164.</summary>
    public static readonly DocumentCollection<PhoneNumber> Numbers = new("numbers", PhoneNumber.SchemaVersion, NumbersJson.Default.PhoneNumber) { SharesReads = true };

    /// <summary>Each person's lines, by user object id (lower-case): the index behind "what's my number?".</summary>
    public static readonly DocumentCollection<List<UserLine>> UserLines = new("user-numbers", 1, NumbersJson.Default.ListUserLine);

    /// <summary>What the inventory holds against each allowance, by quota kind: the index behind search, acquire and the quotas (<see cref="NumberUsageIndex"/>).</summary>
    public static readonly DocumentCollection<NumberUsage> Usage = new("number-usage", NumberUsage.SchemaVersion, NumbersJson.Default.NumberUsage)
    {
        IsConsistent = u => u.Acquired >= 0,
        Counters = new HashSet<string>(["acquired"], StringComparer.Ordinal),
    };
}

/// <summary>Source-generated JSON for the Numbers area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PhoneNumber))]
[JsonSerializable(typeof(List<UserLine>))]
[JsonSerializable(typeof(Microsoft365.NumberSyncOutcome))]
[JsonSerializable(typeof(NumberUsage))]
internal sealed partial class NumbersJson : JsonSerializerContext;
