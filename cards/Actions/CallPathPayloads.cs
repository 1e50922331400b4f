namespace ChatPhone.Cards.Actions;

/// <summary>
/// A button of a simulated call ("Press 1 — Sales", or a voice app to call): the same call again with these keys. It
/// only reads, in the clicker's own tenant, and the flow checks the clicker's role as for a typed question.
/// </summary>
/// <param name="Entry">The number dialled (E.164), or the auto attendant's or call queue's id.</param>
/// <param name="When">The call's local time (<c>yyyy-MM-ddTHH:mm</c>), or null for now.</param>
/// <param name="Keys">The keys pressed, in order, comma-separated ("1,2"); empty for none.</param>
public sealed record SimulateCallPayload(string Entry, string? When, string Keys) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "callpath.simulate";
}
