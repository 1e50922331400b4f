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
