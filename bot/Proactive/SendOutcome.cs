namespace ChatPhone.Bot.Proactive;

/// <summary>What one call to the Bot Connector came to.</summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    /// <summary>Accepted; <paramref name="Id"/> is the id the channel gave (an activity, or a created conversation).</summary>
    public sealed record Accepted(string? Id) : SendOutcome;

    /// <summary>The connector answered with an error status, with the delay its Retry-After asked for, if any.</summary>
    public sealed record Status(int Code, TimeSpan? RetryAfter = null) : SendOutcome;

    /// <summary>No connection could be made: the request never left, so trying again cannot duplicate anything.</summary>
    public sealed record NotConnected : SendOutcome;

    /// <summary>No answer in time: the request may or may not have been taken.</summary>
    public sealed record TimedOut : SendOutcome;

    /// <summary>The connection failed after the request went out: it may or may not have been taken.</summary>
    public sealed record ConnectionLost : SendOutcome;
}
