namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand (expiries, port order progression, assignment blocks).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public ManualClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Set(DateTimeOffset now) => Now = now;

    public void Advance(TimeSpan by) => Now += by;
}
