using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Activity = Microsoft.Bot.Schema.Activity;
using ActivityTypes = Microsoft.Bot.Schema.ActivityTypes;
using ActivityTypesEx = Microsoft.Bot.Schema.ActivityTypesEx;
using AdaptiveCardInvokeResponse = Microsoft.Bot.Schema.AdaptiveCardInvokeResponse;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The Bot Framework CloudAdapter (JWT validation when MicrosoftAppId is set) with ChatPhone's one
/// error handler: log with a template, answer politely in the person's language, never a stack trace.
/// A request refused as bad before any turn runs (<see cref="TenantBoundAuthentication"/> throws
/// <see cref="BadHttpRequestException"/>) is answered with its status, where the framework would answer 500; a token
/// that cannot be checked because the channel's signing keys are unreachable is answered 503.
/// </summary>
internal sealed class ChatPhoneAdapter : CloudAdapter, IBotFrameworkHttpAdapter
{
    private readonly ILogger<ChatPhoneAdapter> _logger;

    public ChatPhoneAdapter(BotFrameworkAuthentication authentication, ILogger<ChatPhoneAdapter> logger)
        : base(authentication, new RefusalFilteringLogger(logger))
    {
        _logger = logger;
        OnTurnError = async (turnContext, exception) =>
        {
            var storeDown = StoreFaults.IsStoreFault(exception);
            logger.LogError(exception, "Turn failed for activity {ActivityId} of type {ActivityType} (store fault: {StoreFault})",
                turnContext.Activity.Id, turnContext.Activity.Type, storeDown);

            var language = LanguageDetector.Detect(turnContext.Activity.Text, turnContext.Activity.Locale);
            var text = !storeDown ? BotText.Get(language, "Error_Generic")
                : turnContext.TurnState.Get<ChangeWatch>()?.ChangeMayBeSaved == true ? new Error("store.unavailable_uncertain").Describe(language)
                : new Error("store.unavailable").Describe(language);
            await turnContext.SendActivityAsync(text);
            if (turnContext.Activity.Type == ActivityTypes.Invoke && turnContext.Activity.Name == "adaptiveCard/action")
            {
                // Without an invoke response the click is answered 501 and Teams shows "Something went wrong" on the card.
                await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse)
                {
                    Value = new InvokeResponse
                    {
                        Status = 200,
                        Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = text },
                    },
                });
            }
        };
    }

    /// <inheritdoc cref="CloudAdapter.ProcessAsync"/>
    async Task IBotFrameworkHttpAdapter.ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessAsync(httpRequest, httpResponse, bot, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (!httpResponse.HasStarted)
        {
            _logger.LogWarning("Refused an activity: {Reason}", exception.Message);
            httpResponse.StatusCode = exception.StatusCode;
        }
        catch (ChannelKeysUnavailableException) when (!httpResponse.HasStarted)
        {
            // Logged once per outage by TenantBoundAuthentication.
            httpResponse.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpResponse.Headers.RetryAfter = "30";
            await httpResponse.WriteAsync(ChannelKeysUnavailableException.ResponseText, cancellationToken);
        }
    }
}
