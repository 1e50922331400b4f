using System.Globalization;
using System.Text.Json.Serialization;

namespace ChatPhone.Core.Common;

/// <summary>
/// An expected failure: a stable machine code (<c>number.already_assigned</c>, <c>license.missing</c>, …)
/// plus the arguments its message needs, kept as invariant strings so an error stores and replays
/// exactly. The message itself lives in the core resources, in English and French.
/// </summary>
public sealed record Error
{
    /// <summary>
    /// The messages of every error code: every resource file under <c>core/Resources/</c> (one per area),
    /// exposed for completeness tests.
    /// </summary>
    public static readonly StringTable Messages = StringTable.FromPrefix(typeof(Error).Assembly, "ChatPhone.Core.Resources.");

    /// <summary>
    /// Creates an error; arguments are formatted with the invariant culture, and an enum argument is stored as
    /// <c>Type.Member</c> so its message shows the member's display name (<see cref="DisplayNames"/>), never the C# name.
    /// </summary>
    public Error(string code, params object?[] args)
        : this(code, (IReadOnlyList<string>)args.Select(a => a is Enum e ? DisplayNames.Token(e) : Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
    {
    }

    /// <summary>Creates an error from already formatted arguments (used when reading stored errors).</summary>
    [JsonConstructor]
    public Error(string code, IReadOnlyList<string> args)
    {
        Code = code;
        Args = args;
    }

    /// <summary>The stable code, dotted and lower-case: <c>area.reason</c>.</summary>
    public string Code { get; }

    /// <summary>The values the message template needs.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The message for <paramref name="culture"/>, falling back to the code if a resource is missing.</summary>
    public string Describe(CultureInfo culture) =>
        Messages.Find(culture, ResourceName(Code), Args.Select(a => (object)DisplayNames.OfArgument(a, culture)).ToArray()) ?? Code;

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Describe(Language language) => Describe(language.Culture());

    /// <inheritdoc />
    public bool Equals(Error? other) =>
        other is not null && Code == other.Code && Args.SequenceEqual(other.Args);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <summary>The resource name of a code: dots become underscores.</summary>
    public static string ResourceName(string code) => code.Replace('.', '_');
}
