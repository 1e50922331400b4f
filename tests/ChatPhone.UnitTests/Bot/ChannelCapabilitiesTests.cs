using ChatPhone.Bot.Channels;
using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.UnitTests.Bot;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("msteams", "personal", CardDialect.Universal, true, true)]
    [InlineData("msteams", "channel", CardDialect.Universal, true, false)]
    [InlineData("msteams", "groupChat", CardDialect.Universal, true, false)]
    [InlineData("msteams", null, CardDialect.Universal, true, false)]
    [InlineData("directline", null, CardDialect.Submit, false, true)]
    [InlineData("webchat", null, CardDialect.Submit, false, true)]
    [InlineData("emulator", "personal", CardDialect.Submit, false, true)]
    [InlineData("slack", null, CardDialect.Submit, false, false)]
    [InlineData(null, null, CardDialect.Submit, false, false)]
    public void EachChannel_GetsTheButtonsUpdatesAndSuggestionsItsClientShows(
        string? channel, string? conversationType, CardDialect dialect, bool updates, bool suggestions)
    {
        var capabilities = ChannelCapabilities.For(channel, conversationType);

        Assert.Equal(dialect, capabilities.Dialect);
        Assert.Equal(updates, capabilities.UpdatesActivities);
        Assert.Equal(suggestions, capabilities.SuggestedActions);
    }
}
