using System.Text.Json;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// The cmdlets a generated script may call and their parameters: the MicrosoftTeams catalogue built from Microsoft's
/// documentation (Reference/README.md), plus a small allow-list of the Microsoft Graph PowerShell cmdlets the script uses,
/// which that catalogue does not cover.
/// </summary>
internal sealed class CmdletCatalogue
{
    private readonly Dictionary<string, Cmdlet> _cmdlets;

    private CmdletCatalogue(Dictionary<string, Cmdlet> cmdlets) => _cmdlets = cmdlets;

    /// <summary>The catalogue copied next to the tests.</summary>
    public static CmdletCatalogue Default { get; } = Load(Path.Combine(AppContext.BaseDirectory, "Core", "Export", "PowerShell", "Reference", "microsoftteams-cmdlets.json"));

    /// <summary>
    /// Microsoft Graph PowerShell cmdlets and the parameters the export uses, from their reference pages:
    /// Connect-MgGraph https://learn.microsoft.com/powershell/module/microsoft.graph.authentication/connect-mggraph,
    /// Get-MgUser https://learn.microsoft.com/powershell/module/microsoft.graph.users/get-mguser,
    /// Update-MgUser https://learn.microsoft.com/powershell/module/microsoft.graph.users/update-mguser,
    /// Set-MgUserLicense https://learn.microsoft.com/powershell/module/microsoft.graph.users.actions/set-mguserlicense,
    /// Get-MgSubscribedSku https://learn.microsoft.com/powershell/module/microsoft.graph.identity.directorymanagement/get-mgsubscribedsku.
    /// </summary>
    public static IReadOnlyDictionary<string, Cmdlet> Graph { get; } = new Dictionary<string, Cmdlet>(StringComparer.OrdinalIgnoreCase)
    {
        ["Connect-MgGraph"] = Simple("Connect-MgGraph", ["Scopes", "NoWelcome", "TenantId", "ClientId", "CertificateThumbprint", "UseDeviceCode"], [], ["NoWelcome", "UseDeviceCode"]),
        ["Get-MgUser"] = Simple("Get-MgUser", ["UserId", "Property", "Filter", "All", "Top"], [], ["All"]),
        ["Update-MgUser"] = Simple("Update-MgUser", ["UserId", "UsageLocation", "Department", "DisplayName"], ["UserId"], []),
        ["Set-MgUserLicense"] = Simple("Set-MgUserLicense", ["UserId", "AddLicenses", "RemoveLicenses"], ["UserId", "AddLicenses", "RemoveLicenses"], []),
        ["Get-MgSubscribedSku"] = Simple("Get-MgSubscribedSku", ["All", "SubscribedSkuId", "Property"], [], ["All"]),
    };

    /// <summary>PowerShell's own commands the script uses for lookups and output (Microsoft.PowerShell.Core and .Utility).</summary>
    public static IReadOnlySet<string> BuiltIns { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Where-Object", "Select-Object", "ForEach-Object", "Write-Output", "Write-Warning", "Join-Path", "Test-Path", "Get-Location",
    };

    /// <summary>The parameters every cmdlet has (about_CommonParameters).</summary>
    public static IReadOnlySet<string> CommonParameters { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    /// <summary>Every cmdlet of the MicrosoftTeams catalogue, by name.</summary>
    public IReadOnlyDictionary<string, Cmdlet> Teams => _cmdlets;

    /// <summary>The cmdlet <paramref name="name"/> of either list, or null.</summary>
    public Cmdlet? Find(string name) => _cmdlets.GetValueOrDefault(name) ?? Graph.GetValueOrDefault(name);

    private static CmdletCatalogue Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cmdlets = new Dictionary<string, Cmdlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var cmdlet in document.RootElement.GetProperty("cmdlets").EnumerateObject())
        {
            var aliases = cmdlet.Value.GetProperty("aliases").EnumerateObject()
                .ToDictionary(a => a.Name, a => a.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
            var parameters = cmdlet.Value.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var sets = cmdlet.Value.GetProperty("parameterSets").EnumerateArray()
                .Select(set => (IReadOnlyDictionary<string, Parameter>)set.EnumerateObject().ToDictionary(
                    p => p.Name,
                    p => new Parameter(
                        p.Value.GetProperty("required").GetBoolean(),
                        p.Value.GetProperty("type").GetString() ?? string.Empty,
                        p.Value.TryGetProperty("acceptedValues", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : []),
                    StringComparer.OrdinalIgnoreCase))
                .ToList();
            cmdlets[cmdlet.Name] = new Cmdlet(cmdlet.Name, aliases, parameters, sets);
        }

        return new CmdletCatalogue(cmdlets);
    }

    private static Cmdlet Simple(string name, string[] parameters, string[] required, string[] switches) =>
        new(name, new Dictionary<string, string>(), parameters.ToHashSet(StringComparer.OrdinalIgnoreCase),
            [parameters.ToDictionary(p => p, p => new Parameter(required.Contains(p), switches.Contains(p) ? "SwitchParameter" : "Object", []), StringComparer.OrdinalIgnoreCase)]);

    /// <summary>One cmdlet: its aliases (alias → parameter), every parameter, and its parameter sets.</summary>
    internal sealed record Cmdlet(
        string Name,
        IReadOnlyDictionary<string, string> Aliases,
        IReadOnlySet<string> Parameters,
        IReadOnlyList<IReadOnlyDictionary<string, Parameter>> Sets)
    {
        /// <summary>The parameter a name given in a script means (an alias resolved), or null when unknown.</summary>
        public string? Resolve(string name) =>
            Aliases.TryGetValue(name, out var target) ? target
            : Parameters.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase));

        /// <summary>True when the parameter is in no set (the documentation lists it for every set).</summary>
        public bool IsInEverySet(string parameter) => !Sets.Any(s => s.ContainsKey(parameter));

        /// <summary>
        /// The values the documentation accepts for <paramref name="parameter"/>, or null when any value goes: a list of
        /// fewer than two values is a type name the documentation put there, and a type like <c>A | B</c> spells the values.
        /// </summary>
        public IReadOnlyList<string>? AcceptedValues(string parameter)
        {
            var declared = Sets.Select(s => s.GetValueOrDefault(parameter)).OfType<Parameter>().ToList();
            var values = declared.SelectMany(p => p.AcceptedValues.Count >= 2 ? p.AcceptedValues
                    : p.Type.Contains(" | ", StringComparison.Ordinal) ? p.Type.Split(" | ").Select(v => v.Trim()) : [])
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return values.Count == 0 ? null : values;
        }
    }

    /// <summary>A parameter in one set.</summary>
    internal sealed record Parameter(bool Required, string Type, IReadOnlyList<string> AcceptedValues);
}
