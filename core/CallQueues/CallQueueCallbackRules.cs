using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>The callback a queue offers callers: the key to press, the offer prompt, who is emailed and when it is offered.</summary>
internal static class CallQueueCallbackRules
{
    /// <summary>Adds the problems of the callback offer of <paramref name="value"/>, when callback is on.</summary>
    public static void Check(CallQueueSettings value, List<Error> problems)
    {
        if (!value.IsCallbackEnabled)
        {
            return;
        }

        var callback = value.Callback;
        if (callback.RequestDtmf is not { } tone || tone == DtmfTone.Automatic || !Enum.IsDefined(tone))
        {
            problems.Add(new Error("callqueue.callback_dtmf_required"));
        }

        if (callback.OfferPrompt is null)
        {
            problems.Add(new Error("callqueue.callback_prompt_required"));
        }
        else
        {
            VoiceAppRules.Prompt(callback.OfferPrompt, "CallbackOfferPrompt", problems);
        }

        if (callback.EmailNotificationGroupId is null)
        {
            problems.Add(new Error("callqueue.callback_email_required"));
        }
        else
        {
            VoiceAppRules.Group(callback.EmailNotificationGroupId, "CallbackEmailNotificationTarget", problems);
        }

        if (callback is { WaitTimeSeconds: null, CallsInQueue: null, CallToAgentRatio: null })
        {
            problems.Add(new Error("callqueue.callback_threshold_required"));
        }

        if (callback.WaitTimeSeconds < 1 || callback.CallsInQueue < 1 || callback.CallToAgentRatio < 1)
        {
            problems.Add(new Error("callqueue.callback_threshold_below_one"));
        }
    }
}
