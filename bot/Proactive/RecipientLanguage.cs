using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// The language to write a proactive message in: the one the person last wrote to the bot in; else French for
/// a person whose usage location is France; else English. The helpdesk channel uses the language it was set in.
/// </summary>
public sealed class RecipientLanguage(ConversationReferenceStore references, IDirectoryStore directory)
{
    /// <summary>The language of <paramref name="message"/>'s recipient.</summary>
    public async Task<Language> ForAsync(TenantId tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Recipient == RecipientKind.HelpdeskChannel)
        {
            return await references.FindHelpdeskAsync(tenant, cancellationToken) is { Language: { } chosen }
                ? LanguageExtensions.FromLocale(chosen)
                : Language.English;
        }

        var userId = message.RecipientId ?? string.Empty;
        if (await references.FindContactAsync(tenant, userId, cancellationToken) is { Language: { } spoken })
        {
            return LanguageExtensions.FromLocale(spoken);
        }

        var person = await directory.FindAsync(tenant, userId, cancellationToken);
        return person.IsSuccess && string.Equals(person.Value.UsageLocation, "FR", StringComparison.OrdinalIgnoreCase)
            ? Language.French
            : Language.English;
    }
}
