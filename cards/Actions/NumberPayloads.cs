namespace ChatPhone.Cards.Actions;

/// <summary>
/// Acquire numbers of a search order. The numbers chosen come back in input <see cref="NumbersInput"/>
/// (comma-separated E.164; read them with <see cref="CardInputs.Values"/>).
/// </summary>
public sealed record AcquireNumbersPayload(string OrderId, string IdempotencyKey) : ICardPayload
{
    /// <summary>The id of the multi-select input holding the chosen numbers.</summary>
    public const string NumbersInput = "numbers";

    /// <inheritdoc />
    public static string Verb => "numbers.acquire";
}

/// <summary>Assign <see cref="Number"/> to the person typed or picked in input <see cref="PersonInput"/>.</summary>
public sealed record AssignNumberPayload(string Number, string IdempotencyKey) : ICardPayload
{
    /// <summary>The id of the input holding the person (UPN or name).</summary>
    public const string PersonInput = "person";

    /// <inheritdoc />
    public static string Verb => "numbers.assign";
}
