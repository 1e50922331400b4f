namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>An Adaptive Card: a body of elements and a row of actions. Serialised by <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    /// <summary>The schema version every ChatPhone card declares (1.5: Universal Actions).</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>The MIME type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The <c>Action.Execute</c> Teams runs to fetch an up-to-date copy of the card when someone opens
    /// the conversation (Universal Actions); null for a static card. Only its verb and data are written.
    /// </summary>
    public CardAction? Refresh { get; init; }

    /// <summary>A card with no actions.</summary>
    public AdaptiveCard(params CardElement[] body)
        : this(body, [])
    {
    }
}
