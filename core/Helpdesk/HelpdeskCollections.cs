using System.Text.Json.Serialization;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>The stored collections of the Helpdesk area.</summary>
public static class HelpdeskCollections
{
    /// <summary>The tenant's tickets, by id.</summary>
    public static readonly DocumentCollection<Ticket> Tickets = new("tickets", Ticket.SchemaVersion, HelpdeskJson.Default.Ticket);
}

/// <summary>Source-generated JSON for the Helpdesk area.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Ticket))]
internal sealed partial class HelpdeskJson : JsonSerializerContext;
