using System.Globalization;
using System.Reflection;
using System.Resources;

namespace ChatPhone.Core.Common;

/// <summary>A set of English and French strings compiled from .resx resources (neutral English, <c>.fr</c> French).</summary>
public sealed class StringTable(string baseName, Assembly assembly)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    /// <summary>The string <paramref name="name"/> formatted with <paramref name="args"/>; null when the table lacks it.</summary>
    public string? Find(CultureInfo culture, string name, params object[] args)
    {
        var template = _resources.GetString(name, culture);
        return template is null || args.Length == 0 ? template : string.Format(culture, template, args);
    }

    /// <summary>The string <paramref name="name"/> in <paramref name="language"/>; a missing string is a bug.</summary>
    public string Get(Language language, string name, params object[] args) =>
        Find(language.Culture(), name, args) ?? throw new KeyNotFoundException($"String '{name}' is missing from {_resources.BaseName}.");

    /// <summary>The names defined for exactly <paramref name="culture"/> (no fallback), for completeness tests.</summary>
    public IReadOnlySet<string> Names(CultureInfo culture) =>
        (_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"No {culture.Name} resources in {_resources.BaseName}."))
        .Cast<System.Collections.DictionaryEntry>()
        .Select(e => (string)e.Key)
        .ToHashSet();
}
