using System.Text.Json.Nodes;

namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>
/// A button. Written for Universal Actions as <c>Action.Execute</c> with an <c>Action.Submit</c>
/// fallback carrying the same data (older clients send it as a message <c>value</c>), elsewhere as that Submit alone (see <see cref="CardDialect"/>).
/// </summary>
/// <param name="Title">The button text.</param>
/// <param name="Verb">The action's verb, also written into <paramref name="Data"/>.</param>
/// <param name="Data">The typed payload, already serialised (see <see cref="Actions.CardPayloads"/>).</param>
public sealed record CardAction(string Title, string Verb, JsonObject Data)
{
    /// <summary>True marks the main action (drawn as positive).</summary>
    public bool Primary { get; init; }

    /// <summary>True marks a destructive or cancelling action.</summary>
    public bool Destructive { get; init; }

    /// <summary>
    /// True sends no input values and skips input validation (<c>associatedInputs: none</c>), so a
    /// cancel button works even while a required field is empty.
    /// </summary>
    public bool IgnoreInputs { get; init; }
}
