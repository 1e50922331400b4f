namespace ChatPhone.Core.Numbers;

/// <summary>How a number is assigned to a person (reference §0.1 AssignmentCategory).</summary>
public enum AssignmentCategory
{
    /// <summary>The person's main line.</summary>
    Primary,

    /// <summary>An additional line, possibly from another country.</summary>
    Alternate,

    /// <summary>Incoming calls only.</summary>
    Private,
}

/// <summary>A number assigned to a person, as the person sees it.</summary>
public sealed record AssignedNumber(E164Number Number, AssignmentCategory Category);
