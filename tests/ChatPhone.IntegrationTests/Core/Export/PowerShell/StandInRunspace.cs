using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text;
using ChatPhone.Core.Licensing;
using PowerShellHost = System.Management.Automation.PowerShell;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// A hosted runspace where each cmdlet an exported script calls is a stand-in function with the catalogue's parameters
/// (and aliases) that records the call; StandIns.ps1 keeps a small in-memory tenant so lookups find what was created.
/// </summary>
internal sealed class StandInRunspace : IDisposable
{
    private readonly PowerShellHost _shell;

    private StandInRunspace(PowerShellHost shell) => _shell = shell;

    /// <summary>A runspace with a stand-in for every catalogue or Graph cmdlet <paramref name="script"/> calls.</summary>
    public static StandInRunspace For(string script, CmdletCatalogue? catalogue = null)
    {
        catalogue ??= CmdletCatalogue.Default;
        var ast = Parser.ParseInput(script, out _, out _);
        var calls = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>().ToList();
        // A parameter the script gives no value is a switch; the catalogue's types are not reliable enough to say so.
        var switches = calls.SelectMany(c => ScriptCatalogueCheck.Arguments(c).Where(a => a.Argument is null).Select(a => (c.GetCommandName() ?? string.Empty, a.Name)))
            .ToHashSet();
        var definitions = new StringBuilder(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "Export", "PowerShell", "StandIns.ps1")));
        definitions.Append("\n$global:StandInSkus = @(")
            .Append(string.Join(", ", Enum.GetValues<Sku>().Select(s => "'" + s.PartNumber() + "'")))
            .Append(")\n");
        foreach (var name in calls.Select(c => c.GetCommandName()).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (catalogue.Find(name) is { } cmdlet)
            {
                definitions.Append(StandIn(cmdlet, switches));
            }
        }

        var shell = PowerShellHost.Create(InitialSessionState.CreateDefault());
        shell.AddScript(definitions.ToString()).Invoke();
        Throw(shell, "stand-ins");
        return new StandInRunspace(shell);
    }

    /// <summary>
    /// Runs <paramref name="script"/> (its <c>#Requires</c> line aside: the real modules are not here) with
    /// <paramref name="parameters"/> bound to its <c>param()</c>; the calls it made.
    /// </summary>
    public IReadOnlyList<RecordedCall> Run(string script, IDictionary? parameters = null)
    {
        var before = Calls().Count;
        var body = string.Join('\n', script.Split('\n').Where(l => !l.StartsWith("#Requires", StringComparison.Ordinal)));
        _shell.Commands.Clear();
        try
        {
            _shell.AddScript(body);
            if (parameters is not null)
            {
                _shell.AddParameters(parameters);
            }

            _shell.Invoke();
        }
        catch (RuntimeException e)
        {
            throw new InvalidOperationException($"the exported script failed: {e.Message} {e.ErrorRecord.InvocationInfo?.PositionMessage} {e.ErrorRecord.ScriptStackTrace}", e);
        }

        Throw(_shell, "the exported script");
        return Calls().Skip(before).ToList();
    }

    /// <summary>Every call made in this runspace so far, by every run (a failed one included).</summary>
    public IReadOnlyList<RecordedCall> Recorded => Calls();

    public void Dispose() => _shell.Dispose();

    private List<RecordedCall> Calls()
    {
        _shell.Commands.Clear();
        var calls = _shell.AddScript("$global:StandInCalls").Invoke();
        return calls.Select(c => new RecordedCall(
                (string)c.Properties["Name"].Value,
                c.Properties["Created"]?.Value as string,
                ((Hashtable)c.Properties["Parameters"].Value).Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => Unwrap(e.Value), StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static void Throw(PowerShellHost shell, string what)
    {
        if (shell.HadErrors || shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException($"{what} failed: " + string.Join(" | ", shell.Streams.Error.Select(e => e + " at " + e.InvocationInfo?.PositionMessage)));
        }
    }

    private static string StandIn(CmdletCatalogue.Cmdlet cmdlet, IReadOnlySet<(string, string)> switches)
    {
        var parameters = cmdlet.Parameters
            .Where(p => !CmdletCatalogue.CommonParameters.Contains(p) && p is not ("WhatIf" or "Confirm"))
            .Select(p =>
            {
                var aliases = cmdlet.Aliases.Where(a => a.Value.Equals(p, StringComparison.OrdinalIgnoreCase) && !cmdlet.Parameters.Contains(a.Key))
                    .Select(a => $"'{a.Key}'").ToList();
                var isSwitch = switches.Any(s => string.Equals(s.Item1, cmdlet.Name, StringComparison.OrdinalIgnoreCase)
                    && (s.Item2.Equals(p, StringComparison.OrdinalIgnoreCase) || cmdlet.Resolve(s.Item2) == p));
                return (aliases.Count > 0 ? $"[Alias({string.Join(", ", aliases)})] " : string.Empty) + (isSwitch ? "[switch] " : string.Empty) + "$" + p;
            });
        var binding = cmdlet.Parameters.Contains("WhatIf") ? "[CmdletBinding(SupportsShouldProcess)]" : "[CmdletBinding()]";
        return $"function global:{cmdlet.Name} {{\n    {binding}\n    param({string.Join(", ", parameters)})\n    Invoke-StandIn -Command '{cmdlet.Name}' -Bound $PSBoundParameters\n}}\n";
    }
}

/// <summary>One call a script made to a stand-in: the cmdlet, the id of what it created (New- only) and its bound parameters.</summary>
internal sealed record RecordedCall(string Name, string? Created, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>True for calls that change the tenant (builders of in-memory objects aside).</summary>
    public bool Changes =>
        (Name.StartsWith("Set-", StringComparison.Ordinal) || Name.StartsWith("Update-", StringComparison.Ordinal) || Name.StartsWith("Register-", StringComparison.Ordinal)
            || Name is "Import-CsOnlineAudioFile" or "New-CsOnlineLisCivicAddress" or "New-CsOnlineLisLocation" or "New-CsOnlineApplicationInstance" or "New-CsCallQueue"
                or "New-CsAutoAttendant" or "New-CsOnlineSchedule" or "New-CsOnlineApplicationInstanceAssociation");

    /// <summary>A parameter's value as text.</summary>
    public string? Text(string parameter) => Parameters.TryGetValue(parameter, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
