using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.SelfService;

namespace ChatPhone.Bot.Flows;

/// <summary>"What's my number?": the numbers assigned to the person asking, in E.164 and national format.</summary>
public sealed class MyNumberFlow(MyNumbersQuery query) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.MyNumber];

    /// <summary>Answers from the directory.</summary>
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var result = await query.RunAsync(turn.Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            await turn.SendTextAsync(result.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var numbers = result.Value;
        var language = turn.Language;
        var text = numbers.Count switch
        {
            0 => BotText.Get(language, "MyNumber_None"),
            1 => BotText.Get(language, "MyNumber_One", numbers[0].Number.Value, numbers[0].Number.National()),
            _ => BotText.Get(language, "MyNumber_Many") + "\n\n" + string.Join("\n\n", numbers.Select(n =>
                "• " + BotText.Get(language, "MyNumber_Line", n.Number.Value, n.Number.National(), BotText.Get(language, "Category_" + n.Category)))),
        };
        await turn.SendTextAsync(text, cancellationToken);
    }
}
