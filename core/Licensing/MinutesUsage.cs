using System.Globalization;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// Calling Plan minutes used in one calendar month (UTC), per country where they were used, stored in
/// <c>minutes-usage</c> under the month (<c>2026-03</c>). One document per month keeps a diagnosis to one
/// read whatever the person's country; a new month starts from zero, as the pools reset monthly.
/// </summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Minutes">Domestic minutes used, by ISO country code (upper case).</param>
public sealed record MinutesUsage(string Month, IReadOnlyDictionary<string, int> Minutes)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The month of <paramref name="at"/> as a document id (<c>yyyy-MM</c>, UTC).</summary>
    public static string MonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>When the pools of the month of <paramref name="at"/> reset: the first day of the next month, UTC.</summary>
    public static DateTimeOffset ResetAfter(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
    }

    /// <summary>A month with nothing used yet.</summary>
    public static MinutesUsage Empty(string month) => new(month, new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>Minutes used in <paramref name="country"/>.</summary>
    public int Used(string country) => Minutes.GetValueOrDefault(country.ToUpperInvariant());

    /// <summary>This month with <paramref name="minutes"/> more used in <paramref name="country"/>.</summary>
    public MinutesUsage Add(string country, int minutes)
    {
        var next = new Dictionary<string, int>(Minutes, StringComparer.Ordinal);
        var key = country.ToUpperInvariant();
        next[key] = next.GetValueOrDefault(key) + minutes;
        return this with { Minutes = next };
    }
}
