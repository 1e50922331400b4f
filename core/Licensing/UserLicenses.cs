namespace ChatPhone.Core.Licensing;

/// <summary>
/// The licenses assigned to one person (stored in <c>licenses</c>, by user object id, lower-case),
/// with the usage location they were assigned under: a Calling Plan works in that country.
/// </summary>
public sealed record UserLicenses(string UserId, string UsageLocation, IReadOnlyList<Sku> Skus)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>True when the person has Phone System (MCOEV or E5).</summary>
    public bool HasPhoneSystem => Skus.Any(s => s.GivesPhoneSystem());

    /// <summary>True when the person has a Calling Plan.</summary>
    public bool HasCallingPlan => Skus.Any(s => s.IsCallingPlan());

    /// <summary>True when the person may organise meetings with dial-in (MCOMEETADV or E5).</summary>
    public bool HasAudioConferencing => Skus.Any(s => s.GivesAudioConferencing());

    /// <summary>True when the person holds <paramref name="sku"/>.</summary>
    public bool Has(Sku sku) => Skus.Contains(sku);
}
