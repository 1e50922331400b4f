using System.Globalization;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>
/// One finding of address validation: an automatic correction or a problem, as a stable code
/// (<c>emergency.correction.state_abbreviated</c>) and its arguments; the message lives in the resources.
/// </summary>
public sealed record AddressNote(string Code, IReadOnlyList<string> Args)
{
    /// <summary>A note with arguments formatted in the invariant culture.</summary>
    public static AddressNote Of(string code, params object?[] args) =>
        new(code, args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray());

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Describe(Language language) => new Error(Code, Args).Describe(language);

    /// <inheritdoc />
    public bool Equals(AddressNote? other) => other is not null && Code == other.Code && Args.SequenceEqual(other.Args);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Args.Count == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}
