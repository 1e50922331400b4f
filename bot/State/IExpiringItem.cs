namespace ChatPhone.Bot.State;

/// <summary>
/// A bot-state item that says how long it lives after each write: <see cref="RedisBotStorage"/> sets the stored
/// document's expiry from it on every write (null: never expires, a previous expiry is removed).
/// </summary>
public interface IExpiringItem
{
    /// <summary>How long the item lives after this write, or null for ever.</summary>
    TimeSpan? TimeToLive { get; }
}
