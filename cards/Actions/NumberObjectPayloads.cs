namespace ChatPhone.Cards.Actions;

/// <summary>A button of a phone number's card that opens a step on it: <see cref="Unassign"/> or <see cref="Assign"/>.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Number">The number, E.164; the bot looks it up in the clicker's own tenant.</param>
public sealed record NumberObjectActionPayload(string Action, string Number) : ICardPayload
{
    /// <summary>Plan taking the number back from its holder.</summary>
    public const string Unassign = "unassign";

    /// <summary>Send the form that picks who gets the number.</summary>
    public const string Assign = "assign";

    /// <inheritdoc />
    public static string Verb => "numobj.act";
}

/// <summary>The submit of a number's emergency location form; the chosen location comes in the form's input.</summary>
/// <param name="Number">The number, E.164.</param>
/// <param name="Seen">The location the number had when the form was sent (empty for none), so a change made meanwhile is noticed.</param>
public sealed record NumberLocationPayload(string Number, string Seen) : ICardPayload
{
    /// <summary>The id of the form's location input.</summary>
    public const string LocationInput = "numobjLocation";

    /// <inheritdoc />
    public static string Verb => "numobj.location";
}

/// <summary>The submit of a number's "assign to" form; the chosen person comes in the form's input.</summary>
/// <param name="Number">The number, E.164.</param>
public sealed record NumberAssignPayload(string Number) : ICardPayload
{
    /// <summary>The id of the form's person input.</summary>
    public const string PersonInput = "numobjPerson";

    /// <inheritdoc />
    public static string Verb => "numobj.assign";
}

/// <summary>The submit of a port order's date form: the FOC date of an approved order, or the transfer date of one to submit again.</summary>
/// <param name="OrderId">The port order; the bot looks it up in the clicker's own tenant.</param>
/// <param name="Seen">The order's status and history length when the form was sent, so a change made meanwhile is noticed.</param>
public sealed record PortDatePayload(string OrderId, string Seen) : ICardPayload
{
    /// <summary>The id of the form's date input (YYYY-MM-DD).</summary>
    public const string DateInput = "numobjPortDate";

    /// <inheritdoc />
    public static string Verb => "numobj.portdate";
}
