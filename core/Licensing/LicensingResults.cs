using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>A person's licenses after a change: what was added or removed, and what they now hold.</summary>
public sealed record LicenseChange(string UserId, string DisplayName, IReadOnlyList<Sku> Changed, IReadOnlyList<Sku> Held);

/// <summary>The per-person outcome of a bulk assignment, in the order the people were given.</summary>
public sealed record BulkLicenseOutcome(IReadOnlyList<BulkLicenseRow> Rows)
{
    /// <summary>How many people got their licenses.</summary>
    public int Succeeded => Rows.Count(r => r.Error is null);

    /// <summary>How many people were refused.</summary>
    public int Failed => Rows.Count(r => r.Error is not null);
}

/// <summary>One person's outcome: the change, or why not.</summary>
public sealed record BulkLicenseRow(string UserId, LicenseChange? Change, Error? Error);
