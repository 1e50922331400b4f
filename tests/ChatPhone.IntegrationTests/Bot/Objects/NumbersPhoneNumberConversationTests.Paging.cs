using ChatPhone.Core.Numbers;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>A long list of phone numbers, a page at a time, the sentence's filters holding on every page.</summary>
public sealed partial class NumbersPhoneNumberConversationTests
{
    [Theory]
    [InlineData("en-US", "list the unassigned numbers in Lyon", "Showing 1–20 of 25.", "Showing 21–25 of 25.")]
    [InlineData("fr-FR", "liste les numéros non attribués à Lyon", "Éléments 1 à 20 sur 25.", "Éléments 21 à 25 sur 25.")]
    public async Task ALongListOfNumbers_ComesAPageAtATime_AndShowMoreKeepsTheFilters(string locale, string text, string first, string second)
    {
        var world = await WorldAsync();
        var now = DateTimeOffset.UtcNow;
        var lyon = Enumerable.Range(10, 24).Select(i => $"+334720000{i:00}")
            .Select(n => (n, new PhoneNumber(n, "FR", null, "Lyon", NumberType.UserSubscriber, NumberSource.Acquired, now, LocationId: world.Lyon.DefaultLocation.Id)))
            .ToArray();
        await TenantSeed.PutAsync(Factory.Services, world.Tenant, NumberCollections.Numbers, lyon);

        var page1 = await SayAsync(world, Boss, text, locale);
        var page2 = await ClickAsync(world, Boss, ActionData(page1, "object.page"), locale);

        Assert.Contains(first, Shown(page1), StringComparison.Ordinal);
        Assert.Contains(second, Shown(page2), StringComparison.Ordinal);
        var shown = CardOf(page1).SelectTokens("$..data.objectId").Concat(CardOf(page2).SelectTokens("$..data.objectId")).Select(t => (string?)t).ToHashSet();
        Assert.Equal(25, shown.Count);
        Assert.Contains(LyonNumber, shown);
        Assert.DoesNotContain(SpareNumber, shown);
        Assert.DoesNotContain(LucasNumber, shown);
        Assert.DoesNotContain("object.page", Shown(page2), StringComparison.Ordinal);
    }
}
