using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// The call flows a plan puts in place, whole, with their targets already found: each part null when unchanged. Kept in
/// the plan's slots as JSON on the server (never on a card), applied on confirm to the attendant as it is then.
/// </summary>
/// <param name="DefaultFlow">The new business-hours flow.</param>
/// <param name="AfterHoursFlow">The new after-hours flow.</param>
/// <param name="Operator">The new operator.</param>
/// <param name="Holidays">Every holiday with its new action and greeting.</param>
public sealed record CallFlowPlan(CallFlow? DefaultFlow, CallFlow? AfterHoursFlow, CallableEntity? Operator, IReadOnlyList<Holiday>? Holidays)
{
    /// <summary>Nothing to change.</summary>
    public static CallFlowPlan None { get; } = new(null, null, null, null);

    /// <summary>True when nothing changes.</summary>
    [JsonIgnore]
    public bool IsEmpty => DefaultFlow is null && AfterHoursFlow is null && Operator is null && Holidays is null;

    /// <summary><paramref name="settings"/> with the flows in place.</summary>
    public AutoAttendantSettings Apply(AutoAttendantSettings settings) => settings with
    {
        DefaultFlow = DefaultFlow ?? settings.DefaultFlow,
        AfterHoursFlow = AfterHoursFlow ?? settings.AfterHoursFlow,
        Operator = Operator ?? settings.Operator,
        Holidays = Holidays ?? settings.Holidays,
    };

    /// <summary>Only the parts that differ from <paramref name="settings"/>.</summary>
    public CallFlowPlan Against(AutoAttendantSettings settings) => new(
        Same(DefaultFlow, settings.DefaultFlow) ? null : DefaultFlow,
        Same(AfterHoursFlow, settings.AfterHoursFlow) ? null : AfterHoursFlow,
        Same(Operator, settings.Operator) ? null : Operator,
        Same(Holidays, settings.Holidays) ? null : Holidays);

    /// <summary>The plan as slot text.</summary>
    public string Write() => JsonSerializer.Serialize(this, CallFlowPlanJson.Default.CallFlowPlan);

    /// <summary>A plan written by <see cref="Write"/>.</summary>
    public static CallFlowPlan Read(string text) => JsonSerializer.Deserialize(text, CallFlowPlanJson.Default.CallFlowPlan) ?? None;

    private static bool Same<T>(T? asked, T? current) =>
        asked is null || Json(asked) == Json(current);

    private static string Json<T>(T? value) => value switch
    {
        null => string.Empty,
        CallFlow flow => JsonSerializer.Serialize(flow, CallFlowPlanJson.Default.CallFlow),
        CallableEntity entity => JsonSerializer.Serialize(entity, CallFlowPlanJson.Default.CallableEntity),
        IReadOnlyList<Holiday> holidays => JsonSerializer.Serialize(holidays, CallFlowPlanJson.Default.IReadOnlyListHoliday),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>Source-generated JSON for <see cref="CallFlowPlan"/>.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallFlowPlan))]
[JsonSerializable(typeof(CallFlow))]
[JsonSerializable(typeof(CallableEntity))]
[JsonSerializable(typeof(IReadOnlyList<Holiday>))]
internal sealed partial class CallFlowPlanJson : JsonSerializerContext;
