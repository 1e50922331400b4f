using System.Management.Automation.Language;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>The exported script of a richly configured tenant, read by PowerShell's parser and checked against the catalogue.</summary>
[Collection(RedisCollection.Name)]
public sealed class PowerShellExportCatalogueTests(RedisServerFixture redis, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public async Task Export_OfARichTenant_PassesTheCatalogueCheck_WithNoProblem(Language language)
    {
        await using var services = CoreServices.Create(redis);
        await ExportTenant.CreateAsync(services);

        var script = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin, language));

        output.WriteLine(script.Text);
        Assert.Empty(ScriptCatalogueCheck.Problems(script.Text));
    }

    [Fact]
    public async Task Export_WritesEveryArea_WithTheHeaderTheBriefAsksFor()
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services);

        var text = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin, Language.English)).Text;

        var ast = Parser.ParseInput(text, out _, out _);
        Assert.Contains("MicrosoftTeams", ast.ScriptRequirements.RequiredModules.Select(m => m.Name));
        Assert.Contains("Microsoft.Graph.Users", ast.ScriptRequirements.RequiredModules.Select(m => m.Name));
        var binding = Assert.Single(ast.ParamBlock.Attributes);
        Assert.Equal("CmdletBinding", binding.TypeName.Name);
        Assert.Equal("SupportsShouldProcess", Assert.Single(binding.NamedArguments).ArgumentName);
        var commands = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>().Select(c => c.GetCommandName() ?? string.Empty).ToHashSet();
        Assert.Empty(new HashSet<string>
        {
            "Connect-MicrosoftTeams", "Connect-MgGraph", "New-CsOnlineLisCivicAddress", "New-CsOnlineLisLocation", "New-CsOnlineApplicationInstance",
            "New-CsCallQueue", "Set-CsCallQueue", "New-CsAutoAttendant", "New-CsOnlineSchedule", "New-CsAutoAttendantCallHandlingAssociation",
            "New-CsAutoAttendantMenu", "New-CsOnlineApplicationInstanceAssociation", "Set-CsPhoneNumberAssignment",
            "Set-CsOnlineDialInConferencingTenantSettings", "Set-CsOnlineDialInConferencingBridge", "Set-CsOnlineDialInConferencingServiceNumber",
            "Set-CsOnlineDialInConferencingUser", "Set-MgUserLicense", "Get-CsCallQueue", "Get-CsOnlineLisCivicAddress",
        }.Except(commands));
        Assert.Contains("# ---- Checklist: what no cmdlet does ----", text, StringComparison.Ordinal);
        Assert.Contains($"'{tenant.UserNumber}'", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ByAUser_IsRefused()
    {
        await using var services = CoreServices.Create(redis);
        await ExportTenant.CreateAsync(services);

        var result = await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin with { UserId = ExportTenant.Sam, Role = Role.User }, Language.English);

        Assert.Equal("auth.admin_required", result.Error?.Code);
    }

    [Theory]
    [InlineData("New-CsCallQueue -Name 'A' -Frobnicate 3", "has no parameter -Frobnicate")]
    [InlineData("Get-CsMagic -Name 'A'", "unknown cmdlet Get-CsMagic")]
    [InlineData("New-CsCallQueue -RoutingMethod 'Serial'", "misses the required -Name")]
    [InlineData("New-CsCallQueue -Name 'A' -RoutingMethod 'Random'", "-RoutingMethod 'Random' is not one of")]
    [InlineData("Set-CsPhoneNumberAssignment -TelephoneNumber '+1' -EnterpriseVoiceEnabled $true", "has no parameter set with")]
    [InlineData("New-CsAutoAttendantCallableEntity -Identity 'x' -Type 'Robot'", "-Type 'Robot' is not one of")]
    [InlineData("New-CsCallQueue -Name 'A' -NoAgentActionCallPriority 9", "-NoAgentActionCallPriority '9' is not one of")]
    [InlineData("New-CsCallQueue -Name ('A'", "syntax")]
    [InlineData("New-CsCallQueue 'A'", "positional argument")]
    public void Check_FindsEachKindOfMistake(string line, string expected)
    {
        var script = "if ($PSCmdlet.ShouldProcess('x', 'y')) {\n" + line + "\n}\n";

        Assert.Contains(ScriptCatalogueCheck.Problems(script), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AcceptsAliasesAndDocumentedSets_AndFlagsAChangeOutsideShouldProcess()
    {
        const string guarded = "if ($PSCmdlet.ShouldProcess('x', 'y')) {\n"
            + "Set-CsPhoneNumberAssignment -Identity 'a@b.c' -PhoneNumber '+1' -PhoneNumberType 'CallingPlan' -LocationId 'l'\n}\n";
        const string unguarded = "New-CsOnlineLisCivicAddress -CompanyName 'A' -CountryOrRegion 'US'\n";

        Assert.Empty(ScriptCatalogueCheck.Problems(guarded));
        Assert.Contains(ScriptCatalogueCheck.Problems(unguarded), p => p.Contains("outside $PSCmdlet.ShouldProcess", StringComparison.Ordinal));
    }
}
