using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatPhone.Core.Common;

namespace ChatPhone.Cards.Actions;

/// <summary>A typed card action payload: the data a button sends back, named by its verb.</summary>
public interface ICardPayload
{
    /// <summary>The verb the bot routes on.</summary>
    static abstract string Verb { get; }
}

/// <summary>Confirm a planned directory import.</summary>
public sealed record ApplyDirectoryImportPayload(string ImportId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "directory.import.apply";
}

/// <summary>Discard a planned directory import.</summary>
public sealed record CancelDirectoryImportPayload(string ImportId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "directory.import.cancel";
}

/// <summary>Source-generated JSON for card payloads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ApplyDirectoryImportPayload))]
[JsonSerializable(typeof(CancelDirectoryImportPayload))]
[JsonSerializable(typeof(ConfirmPlanPayload))]
[JsonSerializable(typeof(CancelPlanPayload))]
[JsonSerializable(typeof(StartStepPayload))]
[JsonSerializable(typeof(RefreshChecklistPayload))]
[JsonSerializable(typeof(ReviewStepPayload))]
[JsonSerializable(typeof(AcquireNumbersPayload))]
[JsonSerializable(typeof(SubmitAddressPayload))]
[JsonSerializable(typeof(EditAddressPayload))]
[JsonSerializable(typeof(SubmitPortOrderPayload))]
[JsonSerializable(typeof(SubmitFormPayload))]
[JsonSerializable(typeof(ClaimTicketPayload))]
[JsonSerializable(typeof(ResolveTicketPayload))]
[JsonSerializable(typeof(HandOverTicketPayload))]
[JsonSerializable(typeof(FixTicketPayload))]
[JsonSerializable(typeof(OpenTicketPayload))]
[JsonSerializable(typeof(HelpAskPayload))]
[JsonSerializable(typeof(IntentChoicePayload))]
[JsonSerializable(typeof(ObjectActionPayload))]
[JsonSerializable(typeof(ResourceAccountActionPayload))]
[JsonSerializable(typeof(EditCallQueuePayload))]
[JsonSerializable(typeof(SaveProfilePayload))]
[JsonSerializable(typeof(SkipProfilePayload))]
[JsonSerializable(typeof(AutoAttendantEditPayload))]
[JsonSerializable(typeof(HolidayEditPayload))]
[JsonSerializable(typeof(AutoAttendantMenuFormPayload))]
[JsonSerializable(typeof(AutoAttendantMenuPayload))]
[JsonSerializable(typeof(UndoChangePayload))]
[JsonSerializable(typeof(ObjectListPagePayload))]
[JsonSerializable(typeof(BulkNumbersPayload))]
[JsonSerializable(typeof(EditSubscriptionPayload))]
[JsonSerializable(typeof(RemovePersonLicensePayload))]
[JsonSerializable(typeof(NumberObjectActionPayload))]
[JsonSerializable(typeof(NumberLocationPayload))]
[JsonSerializable(typeof(NumberAssignPayload))]
[JsonSerializable(typeof(PortDatePayload))]
[JsonSerializable(typeof(EditBridgePayload))]
[JsonSerializable(typeof(EditCreditsPayload))]
[JsonSerializable(typeof(SimulateCallPayload))]
internal sealed partial class CardPayloadJsonContext : JsonSerializerContext;

/// <summary>Writes payloads into card action data and reads them back from what a click sends.</summary>
public static class CardPayloads
{
    /// <summary>The property every action's data carries its verb in.</summary>
    public const string VerbProperty = "verb";

    /// <summary>Serialises a payload with its verb, for <see cref="AdaptiveCards.CardAction"/>.</summary>
    public static JsonObject Write<T>(T payload)
        where T : ICardPayload
    {
        var node = JsonSerializer.SerializeToNode(payload, typeof(T), CardPayloadJsonContext.Default)!.AsObject();
        node[VerbProperty] = T.Verb;
        return node;
    }

    /// <summary>The verb of submitted data, or <c>card.unknown_action</c>.</summary>
    public static Result<string> ReadVerb(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(VerbProperty, out var verb)
        && verb.ValueKind == JsonValueKind.String
        && verb.GetString() is { Length: > 0 } text
            ? text
            : new Error("card.unknown_action");

    /// <summary>Reads submitted data as payload <typeparamref name="T"/>; <c>card.invalid_payload</c> when it does not fit.</summary>
    public static Result<T> Read<T>(JsonElement data)
        where T : class, ICardPayload
    {
        try
        {
            var value = (T?)data.Deserialize(typeof(T), CardPayloadJsonContext.Default);
            return value is not null ? value : new Error("card.invalid_payload");
        }
        catch (JsonException)
        {
            return new Error("card.invalid_payload");
        }
    }
}
