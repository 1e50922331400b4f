using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive;

/// <summary>The calls the sender makes to the channel's Bot Connector (the seam tests fake when they need no HTTP).</summary>
public interface IProactiveConnector
{
    /// <summary>Posts <paramref name="activity"/> into the conversation of <paramref name="reference"/>, once: it never retries itself.</summary>
    Task<SendOutcome> SendAsync(StoredReference reference, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Opens (or finds: Teams answers with the existing one) the 1:1 chat between the bot and a person, on the service
    /// <paramref name="endpoint"/> of their tenant; <see cref="SendOutcome.Accepted.Id"/> is the conversation id.
    /// </summary>
    /// <param name="endpoint">Any reference of the tenant (channel, service URL, bot, AAD tenant).</param>
    /// <param name="memberId">The person's channel id (<c>29:…</c>) when known, else their AAD object id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SendOutcome> CreatePersonalConversationAsync(StoredReference endpoint, string memberId, CancellationToken cancellationToken);
}
