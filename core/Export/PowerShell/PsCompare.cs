namespace ChatPhone.Core.Export.PowerShell;

/// <summary>Conditions that tell whether an object found in Teams differs from the settings about to be applied.</summary>
internal static class PsCompare
{
    /// <summary>
    /// <c>$x.A -ne 'a' -or $x.B -ne 3 …</c> over the parameters of <paramref name="command"/> named in
    /// <paramref name="properties"/> (those the Teams object exposes under the same name), or <c>$false</c> when none is set.
    /// </summary>
    public static string Differs(string variable, PsCommand command, IReadOnlyCollection<string> properties)
    {
        var terms = command.Parameters
            .Where(p => p.Value is not null && properties.Contains(p.Name))
            .Select(p => $"{variable}.{p.Name} -ne {p.Value}")
            .ToList();
        return terms.Count == 0 ? "$false" : string.Join(" -or ", terms);
    }
}
