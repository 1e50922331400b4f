namespace ChatPhone.IntegrationTests.Core.Credits;

/// <summary>A clock the test moves by hand (lot expiry, card expiry).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
