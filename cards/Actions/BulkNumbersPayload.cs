namespace ChatPhone.Cards.Actions;

/// <summary>
/// The submit of the "numbers for several people" form: the people picked (object ids, comma-separated as Teams sends a
/// multi-select), the pool of free numbers to take them from (<c>country|city</c>), and an emergency location for all of
/// them, or none for each number's own city. The server checks every id against the actor's own directory.
/// </summary>
/// <param name="People">The people picked.</param>
/// <param name="Pool">Where the numbers come from.</param>
/// <param name="Location">One location id for every number, or empty for the one matching each number's city.</param>
public sealed record BulkNumbersPayload(string? People, string? Pool, string? Location) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "numbers.bulk.plan";
}
