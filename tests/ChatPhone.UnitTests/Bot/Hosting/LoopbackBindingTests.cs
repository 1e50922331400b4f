using ChatPhone.Bot.Hosting;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class LoopbackBindingTests
{
    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000")]
    [InlineData("http://0.0.0.0:3978", "http://127.0.0.1:3978")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080")]
    [InlineData("https://bot.contoso.com:443", "https://127.0.0.1")]
    public void ToLoopback_WithoutAppId_KeepsOnlyLoopbackAddresses(string url, string expected) =>
        Assert.Equal(expected, HostingExtensions.ToLoopback(url));
}
