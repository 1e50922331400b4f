using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>One recognizer for every recognition test: the models are built once, as the host does at start-up.</summary>
internal static class RecognizerFixture
{
    /// <summary>Tuesday 10 March 2026, 10:00 UTC: "yesterday" is 2026-03-09, "December 25" is 2026-12-25.</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<IntentRecognizer> Shared = new(() =>
    {
        var models = new RecognizerModels();
        models.Build();
        return new IntentRecognizer(models, Clock);
    });

    public static IntentRecognizer Recognizer => Shared.Value;

    /// <summary>"k=v; k=v" → the slot set, in a form whose diff reads well.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> slots) =>
        string.Join("; ", slots.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));

    public static string Describe(string expected) =>
        Describe(expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
