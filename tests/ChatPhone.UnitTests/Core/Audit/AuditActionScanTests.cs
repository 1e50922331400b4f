using System.Reflection;
using System.Text.RegularExpressions;
using ChatPhone.Core.Audit;
using ChatPhone.UnitTests.Repository;

namespace ChatPhone.UnitTests.Core.Audit;

/// <summary>
/// Audit action names have one home, <see cref="AuditActions"/>: core never retypes a value, every constant is written
/// by some command, and tests look entries up by the constants rather than by literals.
/// </summary>
public sealed partial class AuditActionScanTests
{
    private static readonly string Home = Path.Combine("core", "Audit", "AuditActions.cs");

    private static readonly (string Name, string Value)[] Actions = typeof(AuditActions).GetNestedTypes()
        .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => ($"{nameof(AuditActions)}.{area.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
        .ToArray();

    [Fact]
    public void EveryActionValue_IsDistinct()
    {
        Assert.NotEmpty(Actions);
        var shared = Actions.GroupBy(a => a.Value).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(shared.Length == 0, "Audit action values named twice: " + string.Join(", ", shared));
    }

    [Fact]
    public void ActionValues_AreWrittenInCore_OnlyInAuditActions()
    {
        var retyped = Sources("core")
            .Where(f => f.Path != Home)
            .SelectMany(f => Actions.Where(a => f.Text.Contains('"' + a.Value + '"', StringComparison.Ordinal)).Select(a => $"{f.Path}: \"{a.Value}\" ({a.Name})"))
            .ToArray();

        Assert.True(retyped.Length == 0, "Audit action names retyped in core (use the constant): " + string.Join("; ", retyped));
    }

    [Fact]
    public void EveryAction_IsWrittenBySomeCommand()
    {
        var sources = Sources("core").Concat(Sources("bot")).Where(f => f.Path != Home).Select(f => f.Text).ToArray();

        var unused = Actions.Where(a => !sources.Any(text => Regex.IsMatch(text, Regex.Escape(a.Name) + @"\b"))).Select(a => a.Name).ToArray();

        Assert.True(unused.Length == 0, "Audit actions no command writes (remove them): " + string.Join(", ", unused));
    }

    [Fact]
    public void Tests_LookUpAuditEntries_ByConstant()
    {
        var tests = Sources("tests").Where(f => !f.Path.EndsWith(nameof(AuditActionScanTests) + ".cs", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(tests);

        var retyped = tests
            .SelectMany(f => ActionLiteral().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToArray();

        Assert.True(retyped.Length == 0, "Tests that retype an audit action (use AuditActions): " + string.Join("; ", retyped));
    }

    private static IEnumerable<(string Path, string Text)> Sources(string folder) =>
        RepositoryFiles.Sources(".cs")
            .Select(path => (Path: Path.GetRelativePath(RepositoryFiles.Root, path), Full: path))
            .Where(f => f.Path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => (f.Path, File.ReadAllText(f.Full)));

    // An entry's action compared with a literal, or a helper asked for the entries of a literal action.
    [GeneratedRegex(@"\.Action\s*[!=]=\s*""[a-z_.]+""|AuditAsync\(""[a-z_.]+""")]
    private static partial Regex ActionLiteral();
}
