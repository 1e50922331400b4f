using System.Management.Automation.Language;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>Names people typed go into the script as data only: no quote, subexpression, backtick or line break turns into code.</summary>
[Collection(RedisCollection.Name)]
public sealed class PowerShellExportInjectionTests(RedisServerFixture redis)
{
    private static readonly ExportTenant.Names Hostile = ExportTenant.Hostile;

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public async Task Export_WithHostileNames_KeepsEachNameAsOneLiteral_AndRunsNothingElse(Language language)
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services, Hostile);

        var text = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin, language)).Text;

        // An injected command would show up as an unknown cmdlet or a syntax error.
        Assert.Empty(ScriptCatalogueCheck.Problems(text));
        var ast = Parser.ParseInput(text, out _, out _);
        Assert.Empty(ast.FindAll(a => a is ExpandableStringExpressionAst or SubExpressionAst, true));
        var literals = ast.FindAll(a => a is StringConstantExpressionAst, true).Cast<StringConstantExpressionAst>().Select(s => s.Value).ToHashSet();
        var location = tenant.Address.Locations.Single(l => !l.IsDefault).Name;
        Assert.Contains("’2’", location, StringComparison.Ordinal);
        Assert.Empty(new[] { location, Hostile.Queue, Hostile.Attendant, Hostile.Holiday, Hostile.Greeting, Hostile.Account, Hostile.Bridge }.Except(literals));
        Assert.Contains(literals, l => l.StartsWith(Hostile.Company + ", ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it's", "'it''s'")]
    [InlineData("‘a’ ‚b‛", "'‘‘a’’ ‚‚b‛‛'")]
    [InlineData("$(x) `y` \"z\"", "'$(x) `y` \"z\"'")]
    public void Quote_DoublesEveryQuoteCharacter_AndNothingElse(string text, string expected)
    {
        Assert.Equal(expected, PsLiteral.Quote(text));
        var value = Assert.IsType<StringConstantExpressionAst>(
            ((CommandExpressionAst)((PipelineAst)Parser.ParseInput(expected, out _, out _).EndBlock.Statements[0]).PipelineElements[0]).Expression);
        Assert.Equal(text, value.Value);
    }

    [Fact]
    public void CommentText_TurnsLineBreaksIntoSpaces()
    {
        Assert.Equal("a  b c d", PsLiteral.CommentText("a\r\nb\u2028c\u0085d"));
    }
}
