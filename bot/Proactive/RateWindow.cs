namespace ChatPhone.Bot.Proactive;

/// <summary>At most <paramref name="Limit"/> sends in any <paramref name="Span"/>.</summary>
/// <param name="Limit">How many sends.</param>
/// <param name="Span">In how long a sliding window.</param>
public sealed record RateWindow(int Limit, TimeSpan Span)
{
    /// <summary>
    /// Teams' limits per bot per conversation (runtime-limits.md, msteams-docs rate-limit): 7 per second, 8 per
    /// 2 seconds, 60 per 30 seconds, 1800 per hour.
    /// </summary>
    public static readonly IReadOnlyList<RateWindow> PerConversation =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Per app per tenant Teams allows about 30 to 50 requests a second: stay at the low end.</summary>
    public static readonly IReadOnlyList<RateWindow> PerTenant = [new(30, TimeSpan.FromSeconds(1))];
}
