namespace ChatPhone.Bot.Flows.Common;

/// <summary>A flow that asked the person a question and takes their next plain message as the answer.</summary>
public interface IQuestionFlow
{
    /// <summary>The name stored as the pending flow while the question is open.</summary>
    string Name { get; }

    /// <summary>Handles the answer; the flow decides whether to ask again, plan, or finish.</summary>
    Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken);
}
