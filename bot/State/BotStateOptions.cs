using System.ComponentModel.DataAnnotations;

namespace ChatPhone.Bot.State;

/// <summary>How long the bot keeps what it remembers of conversations (configuration section <c>ChatPhone:State</c>).</summary>
public sealed class BotStateOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChatPhone:State";

    /// <summary>Days a person's flow state (language, pending question) lives after its last change.</summary>
    [Range(1, 3650, ErrorMessage = Section + ":FlowStateDays must be between {1} and {2}.")]
    public int FlowStateDays { get; set; } = 30;

    /// <summary>
    /// Days the conversation reference of someone outside the directory lives after it was last written (refreshed
    /// while they keep talking). People in the directory keep theirs: proactive messages must reach them.
    /// </summary>
    [Range(1, 3650, ErrorMessage = Section + ":StrangerReferenceDays must be between {1} and {2}.")]
    public int StrangerReferenceDays { get; set; } = 7;

    /// <summary>Flow state lifetime.</summary>
    public TimeSpan FlowStateLifetime => TimeSpan.FromDays(FlowStateDays);

    /// <summary>Lifetime of a stranger's conversation reference.</summary>
    public TimeSpan StrangerReferenceLifetime => TimeSpan.FromDays(StrangerReferenceDays);
}
