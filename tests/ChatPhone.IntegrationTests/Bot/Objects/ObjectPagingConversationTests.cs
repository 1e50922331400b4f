using System.Text;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// A long list of objects through <c>POST /api/messages</c>, in English and French: a page at a time, saying which items
/// it shows out of how many, each card under Teams' 28 KB, and a "Show more" button that brings the next page.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ObjectPagingConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const int Accounts = 27;

    protected override async Task ArrangeAsync()
    {
        for (var i = 1; i <= Accounts; i++)
        {
            var created = await Phone.ResourceAccounts.CreateAsync(new CreateResourceAccount(
                Admin, IdempotencyKey.New(), $"cq-line{i:00}@contoso.com", $"Line {i:00}", ResourceAccountKind.CallQueue));
            Assert.True(created.IsSuccess, created.Error?.Code);
        }
    }

    [Theory]
    [InlineData("en-US", "list the resource accounts", "Showing 1–20 of 27.", "Show the next 7", "Showing 21–27 of 27.")]
    [InlineData("fr-FR", "liste les comptes de ressources", "Éléments 1 à 20 sur 27.", "Afficher les 7 suivants", "Éléments 21 à 27 sur 27.")]
    public async Task ALongList_ComesAPageAtATime_AndShowMoreBringsTheRest(string locale, string text, string first, string more, string second)
    {
        var user = locale == "fr-FR" ? Camille : Megan;

        var page1 = await SendAsync(Client, Message(user, text, "paging", locale: locale));
        var page2 = await SendAsync(Client, Invoke(user, ActionData(page1, "object.page"), "paging", locale));

        Assert.Contains(first, Shown(page1), StringComparison.Ordinal);
        Assert.Contains(more, Shown(page1), StringComparison.Ordinal);
        Assert.Contains("Line 20", Shown(page1), StringComparison.Ordinal);
        Assert.DoesNotContain("Line 21", Shown(page1), StringComparison.Ordinal);
        Assert.Contains(second, Shown(page2), StringComparison.Ordinal);
        Assert.Contains("Line 27", Shown(page2), StringComparison.Ordinal);
        Assert.DoesNotContain("Line 01", Shown(page2), StringComparison.Ordinal);
        Assert.DoesNotContain("object.page", Shown(page2), StringComparison.Ordinal);
        Assert.All([CardOf(page1), CardOf(page2)], card => Assert.True(Encoding.UTF8.GetByteCount(card.ToString(Newtonsoft.Json.Formatting.None)) < 28 * 1024));
    }

    [Fact]
    public async Task ShowMore_IsCheckedAgain_APlainUserGetsNoPage()
    {
        var page1 = await SendAsync(Client, Message(Megan, "list the resource accounts", "paging"));

        var refused = Shown(await SendAsync(Client, Invoke(Alex, ActionData(page1, "object.page"), "paging")));

        Assert.Contains("Only helpdesk staff or an admin can do this.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 21", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedPage_PastTheEnd_ShowsTheLastPage()
    {
        var forged = new JObject { ["verb"] = "object.page", ["kind"] = "ResourceAccount", ["page"] = 99, ["text"] = "list the resource accounts" };

        var last = Shown(await SendAsync(Client, Invoke(Megan, forged, "paging")));

        Assert.Contains("Showing 21–27 of 27.", last, StringComparison.Ordinal);
    }
}
