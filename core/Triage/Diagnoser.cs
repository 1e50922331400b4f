using System.Globalization;
using ChatPhone.Core.Licensing;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.Core.Triage;

/// <summary>
/// Finds why calling fails for one person, from their real state: a pure function of the symptom, the facts
/// and the time. Causes come blocking first, then in a fixed order (directory, licenses, numbers, emergency,
/// minutes, meetings, queues), so the same state always gives the same list and one-click fixes applied in
/// that order each find what they need (a license before a number, a bridge number before an organizer).
/// </summary>
public static partial class Diagnoser
{
    /// <summary>How long a new assignment may take to reach Teams (reference: "up to 24 hours").</summary>
    public static readonly TimeSpan ActivationWindow = TimeSpan.FromHours(24);

    /// <summary>The causes of <paramref name="symptom"/> in <paramref name="facts"/> at <paramref name="now"/>; empty when all looks right.</summary>
    public static IReadOnlyList<Diagnosis> Diagnose(Symptom symptom, TriageFacts facts, DateTimeOffset now)
    {
        var found = new Findings();
        if (facts.Person is null)
        {
            found.Add(PersonNotFound, FixOwner.Admin, null, facts.Key);
        }
        else
        {
            var licensing = Licenses(facts, found);
            Numbers(facts, now, licensing, found);
            Emergency(facts, found);
            Minutes(facts, now, licensing, found);
            if (symptom == Symptom.MeetingDialIn || (symptom == Symptom.General && (facts.Licenses is { HasAudioConferencing: true } || facts.Organizer is not null)))
            {
                Meetings(facts, now, licensing, found);
            }

            Queues(symptom, facts, now, found);
        }

        return found.Items
            .Select(d => (Diagnosis: d, Severity: SeverityFor(d.Code, symptom)))
            .Where(p => p.Severity is not null)
            .Select(p => p.Diagnosis with { Severity = p.Severity!.Value })
            .OrderBy(d => d.Severity)
            .ToArray();
    }

    /// <summary>A time as messages show it (invariant, UTC).</summary>
    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A date as messages show it (invariant).</summary>
    internal static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Fix MakeFix(FixKind kind, params (string Name, string Value)[] args) =>
        new(kind, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    private static Fix AssignLicenseFix(TriageFacts facts, Sku sku) =>
        MakeFix(FixKind.AssignLicense, ("userId", facts.UserId), ("sku", sku.ToString()));

    /// <summary>The causes found so far, in the order found (severity comes from the symptom at the end).</summary>
    private sealed class Findings
    {
        public List<Diagnosis> Items { get; } = [];

        public void Add(string code, FixOwner owner, Fix? fix, params string[] args) =>
            Items.Add(new Diagnosis(code, Severity.Blocking, owner, args, fix));
    }

    /// <summary>Whether the person has, or can be given with one click, what calling needs.</summary>
    /// <param name="CanLicense">A license can be assigned at all (usage location set, Phone System sold there).</param>
    /// <param name="PhoneSystem">Phone System is held or has a fix.</param>
    /// <param name="CallingPlan">A Calling Plan is held or has a fix.</param>
    /// <param name="AudioConferencing">Audio Conferencing is held or has a fix.</param>
    private readonly record struct Licensing(bool CanLicense, bool PhoneSystem, bool CallingPlan, bool AudioConferencing)
    {
        public bool ReadyForNumber => CanLicense && PhoneSystem && CallingPlan;
    }
}
