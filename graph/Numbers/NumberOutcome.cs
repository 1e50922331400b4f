namespace ChatPhone.Graph.Numbers;

/// <summary>What one number request became once its long-running operation ended: done, or Graph's failure.</summary>
public sealed record NumberOutcome(string TelephoneNumber, NumberAction Action, GraphFailure? Failure)
{
    /// <summary>True when Graph reported the operation succeeded (or, for a synchronous update, accepted it).</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>The number requests Graph offers.</summary>
public enum NumberAction
{
    /// <summary><c>assignNumber</c>.</summary>
    Assign,

    /// <summary><c>unassignNumber</c>.</summary>
    Unassign,

    /// <summary><c>updateNumber</c> with a location.</summary>
    UpdateLocation,
}
