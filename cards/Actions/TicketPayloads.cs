namespace ChatPhone.Cards.Actions;

/// <summary>Take a ticket.</summary>
public sealed record ClaimTicketPayload(string TicketId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "ticket.claim";
}

/// <summary>Close a ticket.</summary>
public sealed record ResolveTicketPayload(string TicketId, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "ticket.resolve";
}

/// <summary>Hand a ticket to the person picked in input <see cref="ToInput"/> (AAD object id).</summary>
public sealed record HandOverTicketPayload(string TicketId, string IdempotencyKey) : ICardPayload
{
    /// <summary>The id of the input holding who gets the ticket.</summary>
    public const string ToInput = "handTo";

    /// <inheritdoc />
    public static string Verb => "ticket.handover";
}

/// <summary>Apply the one-click fix of the ticket's cause <see cref="Code"/>.</summary>
public sealed record FixTicketPayload(string TicketId, string Code, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "ticket.fix";
}

/// <summary>Open a ticket for a person's check (helpdesk): their triage is run again when clicked.</summary>
public sealed record OpenTicketPayload(string UserId, string Symptom, string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "ticket.open";
}
