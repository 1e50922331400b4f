using ChatPhone.Bot.Proactive;

namespace ChatPhone.UnitTests.Bot.Proactive;

public sealed class SlidingWindowLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualTime _time = new(Start);

    [Fact]
    public void SevenSendsInOneSecond_TheEighthWaitsUntilTheFirstLeavesTheWindow()
    {
        var limiter = Teams();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.WaitTime("c"));
            limiter.Record("c");
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // First send at 0 ms, now 700 ms: the 8th may go once the first is more than 1 s old.
        var wait = limiter.WaitTime("c");
        Assert.InRange(wait, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(302));
        Assert.Equal(TimeSpan.Zero, limiter.WaitTime("other"));
    }

    [Fact]
    public void EightInTwoSeconds_TheNinthWaitsForTheTwoSecondWindow()
    {
        var limiter = Teams();
        for (var i = 0; i < 8; i++)
        {
            _time.Advance(limiter.WaitTime("c"));
            limiter.Record("c");
        }

        var first = Start;
        Assert.Equal(first + TimeSpan.FromSeconds(2), _time.Now + limiter.WaitTime("c") - TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void SendingAsFastAsAllowed_NeverPutsMoreThanTheLimitInAnyWindow()
    {
        var limiter = Teams();
        var sends = new List<DateTimeOffset>();
        for (var i = 0; i < 200; i++)
        {
            _time.Advance(limiter.WaitTime("c"));
            limiter.Record("c");
            sends.Add(_time.Now);
            _time.Advance(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 30)));
        }

        foreach (var window in RateWindow.PerConversation)
        {
            for (var i = 0; i + window.Limit < sends.Count; i++)
            {
                Assert.True(sends[i + window.Limit] - sends[i] >= window.Span, $"{window.Limit + 1} sends within {window.Span}");
            }
        }

        // 60 per 30 s dominates after the first seconds: 200 sends need at least 90 s.
        Assert.True(sends[^1] - sends[0] >= TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void Hold_DelaysEverySendUntilTheTimeGiven_ThenFreesTheKey()
    {
        var limiter = Teams();
        limiter.Hold("c", Start.AddSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), limiter.WaitTime("c"));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.WaitTime("c"));
    }

    [Fact]
    public void OldSends_AreForgotten_AfterTheLongestWindow()
    {
        var limiter = new SlidingWindowLimiter([new RateWindow(2, TimeSpan.FromSeconds(10))], _time);
        limiter.Record("c");
        limiter.Record("c");
        Assert.True(limiter.WaitTime("c") > TimeSpan.Zero);

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, limiter.WaitTime("c"));
    }

    private SlidingWindowLimiter Teams() => new(RateWindow.PerConversation, _time);
}
