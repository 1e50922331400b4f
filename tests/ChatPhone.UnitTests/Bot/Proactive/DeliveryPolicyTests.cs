using ChatPhone.Bot.Proactive;
using ChatPhone.Core.Notifications;

namespace ChatPhone.UnitTests.Bot.Proactive;

public sealed class DeliveryPolicyTests
{
    private static readonly ProactiveOptions Options = new() { MaxAttempts = 8, BaseDelayMs = 1000, MaxDelayMs = 60_000, MaxRetryAfterSeconds = 600 };
    private readonly DeliveryPolicy _policy = new(Options);

    public static TheoryData<int, RecipientKind, DeliveryStep, string> Statuses() => new()
    {
        { 429, RecipientKind.Person, DeliveryStep.Retry, "delivery.throttled" },
        { 412, RecipientKind.Person, DeliveryStep.Retry, "delivery.channel_busy" },
        { 502, RecipientKind.HelpdeskChannel, DeliveryStep.Retry, "delivery.channel_busy" },
        { 504, RecipientKind.Person, DeliveryStep.Retry, "delivery.channel_busy" },
        { 403, RecipientKind.Person, DeliveryStep.WaitForContact, "delivery.person_unreachable" },
        { 404, RecipientKind.Person, DeliveryStep.WaitForContact, "delivery.person_unreachable" },
        { 403, RecipientKind.HelpdeskChannel, DeliveryStep.Fail, "delivery.refused" },
        { 400, RecipientKind.Person, DeliveryStep.Fail, "delivery.refused" },
        { 401, RecipientKind.Person, DeliveryStep.Fail, "delivery.refused" },
        { 413, RecipientKind.Person, DeliveryStep.Fail, "delivery.too_large" },
        { 500, RecipientKind.Person, DeliveryStep.Unknown, "delivery.ambiguous_status" },
        { 503, RecipientKind.Person, DeliveryStep.Unknown, "delivery.ambiguous_status" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_LeadsToItsStep(int status, RecipientKind recipient, DeliveryStep step, string code)
    {
        var decision = _policy.Decide(new SendOutcome.Status(status), attempts: 1, recipient, jitter: 0.5);

        Assert.Equal((step, code), (decision.Step, decision.Failure?.Code));
    }

    [Fact]
    public void TimeoutsAndDroppedConnections_AreUnknown_NeverRetried()
    {
        Assert.Equal(DeliveryStep.Unknown, _policy.Decide(new SendOutcome.TimedOut(), 1, RecipientKind.Person, 0.5).Step);
        Assert.Equal(DeliveryStep.Unknown, _policy.Decide(new SendOutcome.ConnectionLost(), 1, RecipientKind.Person, 0.5).Step);
        Assert.Equal("delivery.ambiguous_timeout", _policy.Decide(new SendOutcome.TimedOut(), 1, RecipientKind.Person, 0.5).Failure?.Code);
    }

    [Fact]
    public void NoConnection_IsRetried_BecauseNothingLeft()
    {
        var decision = _policy.Decide(new SendOutcome.NotConnected(), 1, RecipientKind.Person, 0.5);

        Assert.Equal((DeliveryStep.Retry, "delivery.unreachable"), (decision.Step, decision.Failure?.Code));
    }

    [Fact]
    public void RetryableFailure_AtTheLastAttempt_GivesUp_WithTheCountAndStatus()
    {
        var decision = _policy.Decide(new SendOutcome.Status(502), attempts: 8, RecipientKind.Person, 0.5);

        Assert.Equal(DeliveryStep.Fail, decision.Step);
        Assert.Equal(new ChatPhone.Core.Common.Error("delivery.gave_up", 8, 502), decision.Failure);
    }

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(4, 8000)]
    [InlineData(20, 60_000)]
    public void Backoff_IsFullJitter_BelowAnExponentialCeiling(int attempts, int ceilingMs)
    {
        Assert.Equal(TimeSpan.Zero, _policy.Backoff(attempts, null, jitter: 0));
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs / 2.0), _policy.Backoff(attempts, null, jitter: 0.5));
        Assert.True(_policy.Backoff(attempts, null, jitter: 0.999999) < TimeSpan.FromMilliseconds(ceilingMs));
    }

    [Fact]
    public void Backoff_NeverGoesBelowRetryAfter_AndCapsAnAbsurdOne()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), _policy.Backoff(1, TimeSpan.FromSeconds(30), jitter: 0.9));
        Assert.Equal(TimeSpan.FromMilliseconds(7200), _policy.Backoff(4, TimeSpan.FromSeconds(1), jitter: 0.9));
        Assert.Equal(TimeSpan.FromSeconds(600), _policy.Backoff(1, TimeSpan.FromDays(2), jitter: 0.5));
    }

    [Fact]
    public void Throttled_WithRetryAfter_WaitsAtLeastThatLong()
    {
        var decision = _policy.Decide(new SendOutcome.Status(429, TimeSpan.FromSeconds(12)), 1, RecipientKind.Person, jitter: 0.1);

        Assert.Equal(TimeSpan.FromSeconds(12), decision.Delay);
    }

    [Fact]
    public void OpeningAChat_MayBeRetriedAfterAnAmbiguousFailure_BecauseTeamsReturnsTheExistingChat()
    {
        Assert.Equal(DeliveryStep.Sent, _policy.DecideOpen(new SendOutcome.Accepted("a:1"), 1, 0.5).Step);
        Assert.Equal(DeliveryStep.Retry, _policy.DecideOpen(new SendOutcome.TimedOut(), 1, 0.5).Step);
        Assert.Equal(DeliveryStep.Retry, _policy.DecideOpen(new SendOutcome.Status(500), 1, 0.5).Step);
        Assert.Equal(DeliveryStep.WaitForContact, _policy.DecideOpen(new SendOutcome.Status(403), 1, 0.5).Step);
        Assert.Equal(DeliveryStep.Fail, _policy.DecideOpen(new SendOutcome.Status(400), 1, 0.5).Step);
    }
}
