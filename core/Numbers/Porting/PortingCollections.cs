using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>The stored collections of porting.</summary>
public static class PortingCollections
{
    /// <summary>Wizard port orders, by order id.</summary>
    public static readonly DocumentCollection<PortOrder> Orders = new("port-orders", PortOrder.SchemaVersion, PortingJson.Default.PortOrder);

    /// <summary>Manual port requests to support, by id.</summary>
    public static readonly DocumentCollection<PortServiceRequest> Requests = new("port-requests", PortServiceRequest.SchemaVersion, PortingJson.Default.PortServiceRequest);
}

/// <summary>Source-generated JSON for porting.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PortOrder))]
[JsonSerializable(typeof(PortServiceRequest))]
[JsonSerializable(typeof(PortSubmission))]
[JsonSerializable(typeof(AdvanceSummary))]
[JsonSerializable(typeof(PortOrderDeleted))]
internal sealed partial class PortingJson : JsonSerializerContext;
