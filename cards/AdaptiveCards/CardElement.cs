namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>An element of a card body.</summary>
public abstract record CardElement;

/// <summary>Text sizes of a <see cref="TextBlock"/>.</summary>
public enum TextSize
{
    /// <summary>Body text.</summary>
    Default,

    /// <summary>A heading.</summary>
    Medium,

    /// <summary>A title.</summary>
    Large,
}

/// <summary>Semantic colours of a <see cref="TextBlock"/>.</summary>
public enum TextColor
{
    /// <summary>Normal text.</summary>
    Default,

    /// <summary>Success.</summary>
    Good,

    /// <summary>Needs attention.</summary>
    Warning,

    /// <summary>Failure.</summary>
    Attention,
}

/// <summary>A paragraph of text (wrapped), shown literally: <see cref="CardJson"/> escapes markdown (see <see cref="Markdown"/>).</summary>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Size of the text.</summary>
    public TextSize Size { get; init; }

    /// <summary>True for bold.</summary>
    public bool Bolder { get; init; }

    /// <summary>True for de-emphasised text.</summary>
    public bool Subtle { get; init; }

    /// <summary>Colour of the text.</summary>
    public TextColor Color { get; init; }
}

/// <summary>A label and its value, shown literally (markdown escaped when written).</summary>
public sealed record Fact(string Title, string Value);

/// <summary>A list of label/value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>A group of elements, optionally emphasised.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>True draws the container on an emphasis background.</summary>
    public bool Emphasis { get; init; }

    /// <summary>True draws a line above the container, to separate it from what precedes it.</summary>
    public bool Separator { get; init; }
}
