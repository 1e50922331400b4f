namespace ChatPhone.IntegrationTests.Core.Numbers.Porting;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Set(DateTimeOffset at) => Now = at;

    public void Advance(TimeSpan by) => Now += by;
}
