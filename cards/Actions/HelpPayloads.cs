namespace ChatPhone.Cards.Actions;

/// <summary>
/// A help card button: does what its example sentence asks, as if the person had typed it. The capability
/// travels by its help catalog key (e.g. <c>"StartSetup"</c>); the bot runs only the catalog's button entries.
/// </summary>
public sealed record HelpAskPayload(string Capability) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "help.ask";
}

/// <summary>
/// A "did you mean…?" button: continue with the person's own sentence as <see cref="Intent"/> (an <c>IntentKind</c>
/// name). The sentence is theirs, so sending it back grants nothing typing it would not; the flow checks the role.
/// </summary>
public sealed record IntentChoicePayload(string Intent, string Text) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "intent.choose";
}
