namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// One cmdlet call with named parameters whose values are already PowerShell expressions (see <see cref="PsLiteral"/>).
/// Parameters are always named, never splatted, so the catalogue check can read each of them.
/// </summary>
/// <param name="Name">The cmdlet.</param>
public sealed record PsCommand(string Name)
{
    private readonly List<(string Name, string? Value)> _parameters = [];

    /// <summary>The parameters in order; a null value is a switch.</summary>
    public IReadOnlyList<(string Name, string? Value)> Parameters => _parameters;

    /// <summary>Adds <c>-name value</c>.</summary>
    public PsCommand With(string name, string value)
    {
        _parameters.Add((name, value));
        return this;
    }

    /// <summary>Adds <c>-name value</c> when <paramref name="value"/> is not null.</summary>
    public PsCommand WithOptional(string name, string? value) => value is null ? this : With(name, value);

    /// <summary>Adds <c>-name 'text'</c> when <paramref name="text"/> has content.</summary>
    public PsCommand WithText(string name, string? text) =>
        string.IsNullOrEmpty(text) ? this : With(name, PsLiteral.Quote(text));

    /// <summary>Adds the switch <c>-name</c>.</summary>
    public PsCommand Switch(string name)
    {
        _parameters.Add((name, null));
        return this;
    }

    /// <summary>Adds <c>-name:$true</c> or <c>-name:$false</c> (a switch given a state, bound by the colon).</summary>
    public PsCommand SwitchState(string name, bool on)
    {
        _parameters.Add((name + ":" + PsLiteral.Bool(on), null));
        return this;
    }

    /// <summary>Adds the switch <c>-name</c> when <paramref name="on"/>.</summary>
    public PsCommand SwitchIf(string name, bool on) => on ? Switch(name) : this;

    /// <summary>The call, on one line when it is short and one parameter per line otherwise.</summary>
    public IReadOnlyList<string> Render()
    {
        var parts = _parameters.Select(p => p.Value is null ? $"-{p.Name}" : $"-{p.Name} {p.Value}").ToList();
        var single = string.Join(' ', parts.Prepend(Name));
        if (parts.Count <= 3 && single.Length <= 110 && !single.Contains('\n', StringComparison.Ordinal))
        {
            return [single];
        }

        // A backtick at the very end of a line continues the command; values never end a line (they are quoted).
        return [Name + " `", .. parts.Select((p, i) => "    " + p + (i < parts.Count - 1 ? " `" : string.Empty))];
    }
}
