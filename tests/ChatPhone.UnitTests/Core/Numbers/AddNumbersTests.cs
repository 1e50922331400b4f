using ChatPhone.Core;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatPhone.UnitTests.Core.Numbers;

public sealed class AddNumbersTests
{
    [Fact]
    public async Task AddNumbers_WithoutConfiguration_UsesTheDefaults_AndResolvesEveryService()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:ConnectionString"] = "127.0.0.1:1" }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).AddNumbers().BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<NumberOrderService>());
        Assert.NotNull(provider.GetRequiredService<NumberAssignmentService>());
        Assert.NotNull(provider.GetRequiredService<NumberQueries>());
        Assert.Equal(TimeSpan.FromMinutes(10), provider.GetRequiredService<IOptions<NumbersOptions>>().Value.ReservationExpiry);
    }

    [Fact]
    public async Task AddChatPhoneCore_BindsTheChatPhoneNumbersSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatPhone:Numbers:ReservationExpiry"] = "00:16:00",
            ["ChatPhone:Numbers:StockPerPlace"] = "7",
            ["ChatPhone:Numbers:Stock:US/WA/Seattle"] = "1",
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddChatPhoneCore(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NumbersOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(16), 7, 1), (options.ReservationExpiry, options.StockPerPlace, options.StockOf("US/WA/Seattle")));
    }
}
