using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The Bot Framework CloudAdapter (JWT validation when MicrosoftAppId is set) with ChatPhone's one
/// error handler: log with a template, answer politely in the person's language, never a stack trace.
/// </summary>
internal sealed class ChatPhoneAdapter : CloudAdapter
{
    public ChatPhoneAdapter(BotFrameworkAuthentication authentication, ILogger<ChatPhoneAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var storeDown = StoreFaults.IsStoreFault(exception);
            logger.LogError(exception, "Turn failed for activity {ActivityId} of type {ActivityType} (store fault: {StoreFault})",
                turnContext.Activity.Id, turnContext.Activity.Type, storeDown);

            var language = LanguageDetector.Detect(turnContext.Activity.Text, turnContext.Activity.Locale);
            var text = storeDown
                ? new Error("store.unavailable").Describe(language)
                : BotText.Get(language, "Error_Generic");
            await turnContext.SendActivityAsync(text);
        };
    }
}
