namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>An Adaptive Card: a body of elements and a row of actions. Serialised by <see cref="CardJson"/>.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    /// <summary>The schema version every ChatPhone card declares (1.5: Universal Actions).</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>The MIME type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A card with no actions.</summary>
    public AdaptiveCard(params CardElement[] body)
        : this(body, [])
    {
    }
}
