namespace ChatPhone.Core.Directory;

/// <summary>
/// One person in a tenant's directory, as imported from the organisation's CSV.
/// <paramref name="UsageLocation"/> is the ISO 3166-1 alpha-2 country that licensing and calling plans use.
/// </summary>
public sealed record Person(
    string AadObjectId,
    string Upn,
    string DisplayName,
    string UsageLocation,
    string Department,
    Role Role)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}
