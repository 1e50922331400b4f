using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Help;

namespace ChatPhone.Bot.Flows;

/// <summary>Hello, thanks, goodbye and "who are you?": a short friendly answer, and after a greeting the top of help.</summary>
public sealed class SmallTalkFlow : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.Greeting, IntentKind.Thanks, IntentKind.Goodbye, IntentKind.AboutBot];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var name = FirstName(turn.Actor.DisplayName);
        await turn.SendTextAsync(BotText.Get(turn.Language, "SmallTalk_" + intent.Kind, name), cancellationToken);
        if (intent.Kind is IntentKind.Greeting or IntentKind.AboutBot)
        {
            await turn.SendCardAsync(HelpCard.BuildTop(turn.Actor, turn.Language), cancellationToken);
        }
    }

    private static string FirstName(string displayName) =>
        displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? displayName;
}
