using ChatPhone.Bot.Channels;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.Common;
using Microsoft.Bot.Builder;

namespace ChatPhone.Bot.Flows;

/// <summary>Everything a flow needs for one turn: the context to reply on, who speaks, their flow state.</summary>
public sealed record FlowTurn(ITurnContext Context, TurnIdentity Identity, FlowState State)
{
    /// <summary>The person acting.</summary>
    public Actor Actor => Identity.Actor;

    /// <summary>The language to answer in.</summary>
    public Language Language => Identity.Language;

    /// <summary>What the client of this conversation can do (the buttons it runs, updates, suggested actions).</summary>
    public ChannelCapabilities Channel { get; } = ChannelCapabilities.For(Context.Activity);

    /// <summary>The card click this turn carries, its data read once; null when the turn is no click.</summary>
    public CardClick? Click { get; init; }
}
