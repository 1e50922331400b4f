namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>Which buttons a client can run: decides how <see cref="CardJson"/> writes a card's actions.</summary>
public enum CardDialect
{
    /// <summary>
    /// Universal Actions (Teams): each button is an <c>Action.Execute</c> with an <c>Action.Submit</c> fallback,
    /// and a card may carry a <c>refresh</c> action.
    /// </summary>
    Universal,

    /// <summary>
    /// Plain <c>Action.Submit</c> (Web Chat, Direct Line, the Emulator): the same data, verb included, posted as a
    /// message <c>value</c>; no <c>refresh</c>. A client whose renderer knows <c>Action.Execute</c> but has no
    /// Universal Actions channel would otherwise drop the click.
    /// </summary>
    Submit,
}
