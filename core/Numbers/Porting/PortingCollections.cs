using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>The stored collections of porting.</summary>
public static class PortingCollections
{
    /// <summary>Wizard port orders, by order id (the audit trail keeps them with PIN and account number masked).</summary>
    public static readonly DocumentCollection<PortOrder> Orders = new("port-orders", PortOrder.SchemaVersion, PortingJson.Default.PortOrder)
    {
        AuditCopy = order => order.Masked(),
    };

    /// <summary>Manual port requests to support, by id (masked in the audit trail like orders).</summary>
    public static readonly DocumentCollection<PortServiceRequest> Requests = new("port-requests", PortServiceRequest.SchemaVersion, PortingJson.Default.PortServiceRequest)
    {
        AuditCopy = request => request.Masked(),
    };
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
