namespace ChatPhone.Graph.Licenses;

/// <summary>The licenses to add to and remove from one person (<c>assignLicense</c>), by SKU id.</summary>
public sealed record LicenseChange(string UserId, IReadOnlyList<Guid> Add, IReadOnlyList<Guid> Remove);
