using ChatPhone.Core.Common;
using ChatPhone.Core.Notifications;

namespace ChatPhone.Bot.Proactive;

/// <summary>What the sender does with a message after a call to the connector.</summary>
public enum DeliveryStep
{
    /// <summary>It was sent.</summary>
    Sent,

    /// <summary>Try again after <see cref="DeliveryDecision.Delay"/>.</summary>
    Retry,

    /// <summary>Keep it until the person's next contact.</summary>
    WaitForContact,

    /// <summary>It may or may not have arrived: never sent again automatically.</summary>
    Unknown,

    /// <summary>Give up.</summary>
    Fail,
}

/// <summary>The decision on one outcome: the next step, the failure to record and, for a retry, the delay.</summary>
public sealed record DeliveryDecision(DeliveryStep Step, Error? Failure = null, TimeSpan Delay = default)
{
    /// <summary>The id the channel gave the sent activity.</summary>
    public string? ActivityId { get; init; }
}

/// <summary>
/// Teams' delivery rules as a pure function (runtime-limits.md): retry 429, 412, 502 and 504 with exponential backoff and
/// full jitter, honouring Retry-After, until <see cref="ProactiveOptions.MaxAttempts"/>; 403/404 to a person waits for their
/// next contact; 400/413 and other refusals fail; anything that may have reached the channel (500, a timeout, a connection
/// dropped mid-request) is Unknown, because posting an activity is not idempotent.
/// </summary>
public sealed class DeliveryPolicy(ProactiveOptions options)
{
    private static readonly HashSet<int> Retryable = [429, 412, 502, 504];

    /// <summary>The step after sending a message that has now been tried <paramref name="attempts"/> times.</summary>
    /// <param name="outcome">What the connector call came to.</param>
    /// <param name="attempts">Attempts so far, this one included.</param>
    /// <param name="recipient">Who the message is for (a person can be waited for; a channel cannot).</param>
    /// <param name="jitter">A random number in [0, 1) for the backoff.</param>
    public DeliveryDecision Decide(SendOutcome outcome, int attempts, RecipientKind recipient, double jitter) => outcome switch
    {
        SendOutcome.Accepted => new(DeliveryStep.Sent),
        SendOutcome.Status { Code: var code } s when Retryable.Contains(code) =>
            RetryOrGiveUp(attempts, code == 429 ? new Error("delivery.throttled", code) : new Error("delivery.channel_busy", code),
                new Error("delivery.gave_up", attempts, code), s.RetryAfter, jitter),
        SendOutcome.Status { Code: 403 or 404 } s when recipient == RecipientKind.Person =>
            new(DeliveryStep.WaitForContact, new Error("delivery.person_unreachable", s.Code)),
        SendOutcome.Status { Code: 413 } => new(DeliveryStep.Fail, new Error("delivery.too_large")),
        SendOutcome.Status { Code: >= 400 and < 500 } s => new(DeliveryStep.Fail, new Error("delivery.refused", s.Code)),
        SendOutcome.Status s => new(DeliveryStep.Unknown, new Error("delivery.ambiguous_status", s.Code)),
        SendOutcome.NotConnected =>
            RetryOrGiveUp(attempts, new Error("delivery.unreachable"), new Error("delivery.gave_up_unreachable", attempts), null, jitter),
        SendOutcome.TimedOut => new(DeliveryStep.Unknown, new Error("delivery.ambiguous_timeout")),
        _ => new(DeliveryStep.Unknown, new Error("delivery.ambiguous_connection")),
    };

    /// <summary>
    /// The step after trying to open a person's 1:1 chat (before the message itself is sent). Opening it is idempotent in
    /// Teams (the existing chat comes back), so a call that may or may not have been taken is simply tried again.
    /// <see cref="DeliveryStep.Sent"/> here means "opened: go on and send".
    /// </summary>
    public DeliveryDecision DecideOpen(SendOutcome outcome, int attempts, double jitter) => outcome switch
    {
        SendOutcome.Accepted { Id.Length: > 0 } => new(DeliveryStep.Sent),
        SendOutcome.Status { Code: >= 400 and < 500 } s => Decide(s, attempts, RecipientKind.Person, jitter),
        SendOutcome.Status s => RetryOrGiveUp(
            attempts, new Error("delivery.channel_busy", s.Code), new Error("delivery.gave_up", attempts, s.Code), s.RetryAfter, jitter),
        _ => RetryOrGiveUp(attempts, new Error("delivery.unreachable"), new Error("delivery.gave_up_unreachable", attempts), null, jitter),
    };

    /// <summary>
    /// The delay before attempt <paramref name="attempts"/> + 1: a random time below min(max, base × 2^(attempts − 1))
    /// ("full jitter"), but never less than the server's Retry-After (capped at <see cref="ProactiveOptions.MaxRetryAfterSeconds"/>).
    /// </summary>
    public TimeSpan Backoff(int attempts, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ceiling = Math.Min(options.MaxDelayMs, options.BaseDelayMs * Math.Pow(2, exponent));
        var delay = TimeSpan.FromMilliseconds(Math.Clamp(jitter, 0, 1) * ceiling);
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            var capped = asked > TimeSpan.FromSeconds(options.MaxRetryAfterSeconds) ? TimeSpan.FromSeconds(options.MaxRetryAfterSeconds) : asked;
            delay = capped > delay ? capped : delay;
        }

        return delay;
    }

    private DeliveryDecision RetryOrGiveUp(int attempts, Error retry, Error giveUp, TimeSpan? retryAfter, double jitter) =>
        attempts >= options.MaxAttempts
            ? new(DeliveryStep.Fail, giveUp)
            : new(DeliveryStep.Retry, retry, Backoff(attempts, retryAfter, jitter));
}
