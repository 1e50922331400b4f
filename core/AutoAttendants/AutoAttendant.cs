namespace ChatPhone.Core.AutoAttendants;

/// <summary>An auto attendant (reference step 8), stored in <c>auto-attendants</c> by id. Its resource accounts point at it.</summary>
/// <param name="Id">The id (a GUID, lower-case).</param>
/// <param name="Settings">The validated settings.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record AutoAttendant(string Id, AutoAttendantSettings Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The name.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => Settings.Name;

    /// <summary>
    /// The call flow in effect at <paramref name="instant"/>, judged in the attendant's time zone:
    /// a holiday wins over after hours, which wins over the default flow.
    /// </summary>
    public ActiveFlow WhichFlowAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, SupportedTimeZones.Find(Settings.TimeZoneId)).DateTime;
        if (Settings.Holidays.FirstOrDefault(h => h.IsInEffect(local)) is { } holiday)
        {
            return new ActiveFlow(FlowKind.Holiday, holiday.Name);
        }

        if (Settings.AfterHoursFlow is { } afterHours && !Settings.Hours.IsAllWeek && !Settings.Hours.IsOpenAt(local.DayOfWeek, local.TimeOfDay))
        {
            return new ActiveFlow(FlowKind.AfterHours, afterHours.Name);
        }

        return new ActiveFlow(FlowKind.Default, Settings.DefaultFlow.Name);
    }
}

/// <summary>Which of an auto attendant's flows runs.</summary>
public enum FlowKind
{
    /// <summary>The default (business hours, or 24/7) flow.</summary>
    Default,

    /// <summary>The after-hours flow.</summary>
    AfterHours,

    /// <summary>A holiday's flow.</summary>
    Holiday,
}

/// <summary>The flow in effect at a moment.</summary>
/// <param name="Kind">Which kind of flow.</param>
/// <param name="Name">The flow's (or holiday's) name.</param>
public sealed record ActiveFlow(FlowKind Kind, string Name);

/// <summary>The result of creating or updating an auto attendant: the attendant and notes about adjusted values.</summary>
public sealed record AutoAttendantSaved(AutoAttendant Attendant, IReadOnlyList<Common.Error> Notes);
