using System.Globalization;
using System.Reflection;
using System.Resources;

namespace ChatPhone.Core.Common;

/// <summary>
/// A set of English and French strings compiled from .resx resources (neutral English, <c>.fr</c> French).
/// A table may span several resource files (one per area), searched in order.
/// </summary>
public sealed class StringTable
{
    private readonly ResourceManager[] _resources;

    /// <summary>A table over one resource file.</summary>
    public StringTable(string baseName, Assembly assembly)
        : this(assembly, [baseName])
    {
    }

    private StringTable(Assembly assembly, IEnumerable<string> baseNames) =>
        _resources = baseNames.Select(n => new ResourceManager(n, assembly)).ToArray();

    /// <summary>A table over every resource file of <paramref name="assembly"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static StringTable FromPrefix(Assembly assembly, string prefix) =>
        new(assembly, assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .Order(StringComparer.Ordinal));

    /// <summary>
    /// The string <paramref name="name"/> formatted with <paramref name="args"/>; null when the table lacks it.
    /// When the table also has <c>name_One</c> and the count (see <see cref="Plurals"/>) is singular in
    /// <paramref name="culture"/>, that singular form is used. French text gets elisions and contractions at
    /// each inserted value (<see cref="FrenchText"/>).
    /// </summary>
    public string? Find(CultureInfo culture, string name, params object[] args)
    {
        var template = (Plurals.IsSingular(culture, args) ? Template(culture, name + Plurals.OneSuffix) : null) ?? Template(culture, name);
        return template is null || args.Length == 0 ? template
            : FrenchText.IsFrench(culture) ? FrenchText.Format(culture, template, args)
            : string.Format(culture, template, args);
    }

    private string? Template(CultureInfo culture, string name) =>
        _resources.Select(r => r.GetString(name, culture)).FirstOrDefault(t => t is not null);

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>; a missing string is a bug.</summary>
    public string Get(Language language, string name, params object[] args) =>
        Find(language.Culture(), name, args)
        ?? throw new KeyNotFoundException($"String '{name}' is missing from {string.Join(", ", _resources.Select(r => r.BaseName))}.");

    /// <summary>The names defined for exactly <paramref name="culture"/> (no fallback), for completeness tests.</summary>
    public IReadOnlySet<string> Names(CultureInfo culture) =>
        _resources.SelectMany(r =>
                (r.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
                    ?? throw new MissingManifestResourceException($"No {culture.Name} resources in {r.BaseName}."))
                .Cast<System.Collections.DictionaryEntry>()
                .Select(e => (string)e.Key))
            .ToHashSet();
}
