using System.Globalization;

namespace ChatPhone.Cards.Common;

/// <summary>
/// Dates for <see cref="AdaptiveCards.TextBlock"/> text: Adaptive Card <c>DATE</c>/<c>TIME</c> functions, so
/// each reader sees the time in their own time zone and locale (only text blocks expand them, not facts).
/// </summary>
public static class CardDates
{
    /// <summary>Date and time, e.g. <c>{{DATE(2025-03-01T17:00:00Z, SHORT)}} {{TIME(2025-03-01T17:00:00Z)}}</c>.</summary>
    public static string DateTime(DateTimeOffset value)
    {
        var iso = Iso(value);
        return "{{DATE(" + iso + ", SHORT)}} {{TIME(" + iso + ")}}";
    }

    /// <summary>The date only.</summary>
    public static string Date(DateTimeOffset value) => "{{DATE(" + Iso(value) + ", SHORT)}}";

    private static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
