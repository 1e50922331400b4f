namespace ChatPhone.Core.AutoAttendants;

/// <summary>
/// Who callers may reach by directory search (InclusionScope/ExclusionScope, group ids). No inclusion
/// group means everyone; exclusion always wins over inclusion.
/// </summary>
/// <param name="IncludeGroupIds">Groups whose members are searchable; empty means all users.</param>
/// <param name="ExcludeGroupIds">Groups whose members are never searchable.</param>
public sealed record DialScope(IReadOnlyList<string> IncludeGroupIds, IReadOnlyList<string> ExcludeGroupIds)
{
    /// <summary>Everyone searchable (the default).</summary>
    public static DialScope Everyone { get; } = new([], []);

    /// <summary>True when a person in <paramref name="memberOf"/> groups may be reached.</summary>
    public bool Includes(IEnumerable<string> memberOf)
    {
        var groups = memberOf.Select(g => g.ToLowerInvariant()).ToHashSet();
        if (ExcludeGroupIds.Any(g => groups.Contains(g.ToLowerInvariant())))
        {
            return false;
        }

        return IncludeGroupIds.Count == 0 || IncludeGroupIds.Any(g => groups.Contains(g.ToLowerInvariant()));
    }
}

/// <summary>What is appended to names in dial-by-name results (UserNameExtension).</summary>
public enum UserNameExtension
{
    /// <summary>Nothing; the default.</summary>
    None,

    /// <summary>The office.</summary>
    Office,

    /// <summary>The department.</summary>
    Department,
}
