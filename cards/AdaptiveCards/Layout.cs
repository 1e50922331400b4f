namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>How wide a <see cref="Column"/> is.</summary>
public enum ColumnWidth
{
    /// <summary>As wide as its content.</summary>
    Auto,

    /// <summary>Takes the remaining width.</summary>
    Stretch,
}

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary>The column's width.</summary>
    public ColumnWidth Width { get; init; } = ColumnWidth.Stretch;
}

/// <summary>Elements side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>Buttons inside the body, next to the content they act on.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
