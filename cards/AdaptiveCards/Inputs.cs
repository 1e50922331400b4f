namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>
/// An input. Its value comes back in the clicked action's data under <see cref="Id"/> (Teams merges the
/// inputs into <c>Action.Execute</c> and <c>Action.Submit</c> data), so an id must never be a payload property.
/// </summary>
/// <param name="Id">The key the value comes back under.</param>
/// <param name="Label">The visible label (required inputs must have one).</param>
public abstract record CardInput(string Id, string Label) : CardElement
{
    /// <summary>True makes the client refuse to send an empty value (it marks the label with <c>*</c>).</summary>
    public bool IsRequired { get; init; }

    /// <summary>Shown when the value is missing or invalid; set it on every required input.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>A text field (<c>Input.Text</c>).</summary>
public sealed record InputText(string Id, string Label) : CardInput(Id, Label)
{
    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The prefilled value.</summary>
    public string? Value { get; init; }

    /// <summary>Maximum length, when limited.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match (checked by the client before sending).</summary>
    public string? Regex { get; init; }

    /// <summary>True for a multi-line field.</summary>
    public bool IsMultiline { get; init; }
}

/// <summary>A number field (<c>Input.Number</c>).</summary>
public sealed record InputNumber(string Id, string Label) : CardInput(Id, Label)
{
    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The prefilled value.</summary>
    public decimal? Value { get; init; }

    /// <summary>The smallest value accepted.</summary>
    public decimal? Min { get; init; }

    /// <summary>The largest value accepted.</summary>
    public decimal? Max { get; init; }
}

/// <summary>How a <see cref="InputChoiceSet"/> is drawn.</summary>
public enum ChoiceSetStyle
{
    /// <summary>A drop-down list.</summary>
    Compact,

    /// <summary>Radio buttons, or check boxes when multi-select.</summary>
    Expanded,
}

/// <summary>One option of a <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(string Title, string Value);

/// <summary>
/// A list of options (<c>Input.ChoiceSet</c>). A multi-select value comes back as the chosen values
/// joined with commas (read it with <see cref="Actions.CardInputs.Values"/>).
/// </summary>
public sealed record InputChoiceSet(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    /// <summary>Drop-down or expanded.</summary>
    public ChoiceSetStyle Style { get; init; }

    /// <summary>True lets the user pick several values.</summary>
    public bool IsMultiSelect { get; init; }

    /// <summary>The values selected at first.</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];

    /// <summary>Hint shown while nothing is chosen (compact style).</summary>
    public string? Placeholder { get; init; }
}
