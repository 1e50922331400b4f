using System.Text.Json;
using System.Text.RegularExpressions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Help;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Cards.AdaptiveCards;

public sealed partial class MarkdownTests
{
    public const string LinkName = "[re-verify](https://evil.example)";

    [Theory]
    [InlineData(LinkName, @"\[re-verify\](https://evil.example)")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_x_ `code` <b>", @"\_x\_ \`code\` \<b\>")]
    [InlineData("# Title\n- item\n+ item\n1. first\n2) second", "\\# Title\n\\- item\n\\+ item\n1\\. first\n2\\) second")]
    [InlineData(@"C:\temp \[", @"C:\\temp \[")]
    [InlineData("+1 206 555 0100 (206) 555-0100, alex.wilber@contoso.com", "+1 206 555 0100 (206) 555-0100, alex.wilber@contoso.com")]
    [InlineData("1.5 hours - or 2026-03-09", "1.5 hours - or 2026-03-09")]
    public void Escape_MakesMarkdownLiteral_AndLeavesOrdinaryTextAlone(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(text));
    }

    [Theory]
    [InlineData(LinkName)]
    [InlineData("**bold** \\*")]
    [InlineData("\\[x](y) \\\\[x](y)")]
    [InlineData("- 1. # > <")]
    public void Escape_IsIdempotent_AndLeavesNoUnescapedLink(string text)
    {
        var once = Markdown.Escape(text);

        Assert.Equal(once, Markdown.Escape(once));
        Assert.DoesNotMatch(UnescapedLinkOrEmphasis(), once);
    }

    [Fact]
    public void CardJson_EscapesTextBlocksAndFacts_ButNotInputsOrButtons()
    {
        var card = new AdaptiveCard(
            [
                new TextBlock(LinkName),
                new FactSet([new Fact("**Name**", LinkName)]),
                new InputText("name", "Name") { Value = LinkName },
            ],
            [new CardAction(LinkName, "x.y", new System.Text.Json.Nodes.JsonObject())]);

        using var json = JsonDocument.Parse(CardJson.Serialize(card));

        var body = json.RootElement.GetProperty("body");
        Assert.Equal(@"\[re-verify\](https://evil.example)", body[0].GetProperty("text").GetString());
        Assert.Equal(@"\*\*Name\*\*", body[1].GetProperty("facts")[0].GetProperty("title").GetString());
        Assert.Equal(@"\[re-verify\](https://evil.example)", body[1].GetProperty("facts")[0].GetProperty("value").GetString());
        Assert.Equal(LinkName, body[2].GetProperty("value").GetString());
        Assert.Equal(LinkName, json.RootElement.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void HelpCard_ForAPersonNamedLikeALink_ShowsTheNameLiterally()
    {
        var actor = new Actor(TenantId.Parse("t1"), "1", LinkName + " **bold**", Role.Admin);

        var json = CardJson.Serialize(HelpCard.Build(actor, Language.English));

        Assert.Contains(@"\\[re-verify\\](https://evil.example) \\*\\*bold\\*\\*", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedLinkOrEmphasis(), JsonDocument.Parse(json).RootElement.GetProperty("body")[1].GetProperty("text").GetString()!);
    }

    // "](" or "**" not preceded by a backslash (an odd run of backslashes escapes; this test's inputs have at most two).
    [GeneratedRegex(@"(?<!\\)\](?=\()|(?<!\\)\*(?=\*)|(?<!\\)\[")]
    private static partial Regex UnescapedLinkOrEmphasis();
}
