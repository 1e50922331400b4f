namespace ChatPhone.Graph.Licenses;

/// <summary>What happened to one person's <see cref="LicenseChange"/>: done, or Graph's failure once retries were spent.</summary>
public sealed record LicenseOutcome(string UserId, GraphFailure? Failure)
{
    /// <summary>True when Graph applied the change.</summary>
    public bool Succeeded => Failure is null;
}
