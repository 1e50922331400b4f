using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>
/// Everything an admin sets on an auto attendant (New-CsAutoAttendant and companions, reference step 8),
/// with the documented defaults as initial values. <see cref="AutoAttendantValidator"/> checks it.
/// </summary>
public sealed record AutoAttendantSettings
{
    /// <summary>The name, unique among the tenant's auto attendants (ignoring case), at most 64 characters.</summary>
    public required string Name { get; init; }

    /// <summary>The language of prompts and speech (see <see cref="SupportedLanguages"/>).</summary>
    public required string LanguageId { get; init; }

    /// <summary>The text-to-speech voice.</summary>
    public VoiceId Voice { get; init; } = VoiceId.Female;

    /// <summary>Voice inputs; only with a speech-recognition language.</summary>
    public bool EnableVoiceResponse { get; init; }

    /// <summary>The time zone every schedule is evaluated in (see <see cref="SupportedTimeZones"/>).</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>The operator; none when null.</summary>
    public CallableEntity? Operator { get; init; }

    /// <summary>The flow during business hours (or all the time when the hours are 24/7).</summary>
    public required CallFlow DefaultFlow { get; init; }

    /// <summary>Business hours; the default is Monday to Friday 9:00–17:00.</summary>
    public BusinessHours Hours { get; init; } = BusinessHours.Default;

    /// <summary>The flow outside business hours; a Disconnect flow is supplied when missing and hours are not 24/7.</summary>
    public CallFlow? AfterHoursFlow { get; init; }

    /// <summary>Holidays, at most 20.</summary>
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    /// <summary>Who callers may reach by directory search.</summary>
    public DialScope DialScope { get; init; } = DialScope.Everyone;

    /// <summary>What dial-by-name appends to names.</summary>
    public UserNameExtension UserNameExtension { get; init; } = UserNameExtension.None;

    /// <summary>The menus of the regular flows.</summary>
    public IEnumerable<(string Flow, Menu Menu)> Menus() =>
        new[] { DefaultFlow, AfterHoursFlow }.OfType<CallFlow>().Select(f => (f.Name, f.Menu));

    /// <summary>Every transfer target: operator, menu options, holiday redirects.</summary>
    public IEnumerable<CallableEntity> Targets() =>
        new[] { Operator }.OfType<CallableEntity>()
            .Concat(Menus().SelectMany(m => m.Menu.Options).Select(o => o.Target).OfType<CallableEntity>())
            .Concat(Holidays.Select(h => h.RedirectTarget).OfType<CallableEntity>());

    /// <summary>Every person or resource account the targets name, for reading the directory.</summary>
    public IEnumerable<string> PersonIds() =>
        Targets().Where(t => t.Type == CallableEntityType.User).Select(t => t.Id);
}
