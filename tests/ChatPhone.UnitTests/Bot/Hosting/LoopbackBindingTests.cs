using ChatPhone.Bot.Hosting;
using Microsoft.Extensions.Configuration;

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
        Assert.Equal(expected, ListenAddresses.ToLoopback(url));

    [Theory]
    [InlineData("urls", "http://0.0.0.0:3985", "http://127.0.0.1:3985")]
    [InlineData("urls", "http://[::]:3985;https://*:3986", "http://127.0.0.1:3985;https://127.0.0.1:3986")]
    [InlineData("HTTP_PORTS", "8080", "http://127.0.0.1:8080")]
    [InlineData("HTTPS_PORTS", "8443", "https://127.0.0.1:8443")]
    [InlineData("HTTP_PORTS", "8080;8081", "http://127.0.0.1:8080;http://127.0.0.1:8081")]
    public void Resolve_WithoutAppId_PutsEveryConfiguredAddressOnLoopback(string key, string value, string expected)
    {
        var configuration = Configuration((key, value));

        var urls = ListenAddresses.Resolve(configuration, authenticated: false, out var rebound);

        Assert.Equal(expected, string.Join(";", urls));
        Assert.NotEmpty(rebound);
    }

    [Theory]
    [InlineData("Http")]
    [InlineData("Public")]
    public void Resolve_WithoutAppId_MovesKestrelEndpointsOntoLoopback(string name)
    {
        var key = $"Kestrel:Endpoints:{name}:Url";
        var configuration = Configuration((key, "http://0.0.0.0:3985"), ("Kestrel:Endpoints:Local:Url", "http://localhost:3990"));

        ListenAddresses.Resolve(configuration, authenticated: false, out var rebound);

        Assert.Equal("http://127.0.0.1:3985", configuration[key]);
        Assert.Equal("http://localhost:3990", configuration["Kestrel:Endpoints:Local:Url"]);
        Assert.Equal([key], rebound);
    }

    [Fact]
    public void Resolve_WithAnAppId_KeepsTheAddressesAsConfigured()
    {
        var configuration = Configuration(("urls", "http://0.0.0.0:3985"), ("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:3986"));

        var urls = ListenAddresses.Resolve(configuration, authenticated: true, out var rebound);

        Assert.Equal(["http://0.0.0.0:3985"], urls);
        Assert.Equal("http://0.0.0.0:3986", configuration["Kestrel:Endpoints:Http:Url"]);
        Assert.Empty(rebound);
    }

    [Fact]
    public void Resolve_WithNothingConfigured_ListensOnLocalhost() =>
        Assert.Equal([ListenAddresses.DefaultUrl], ListenAddresses.Resolve(Configuration(), authenticated: false, out _));

    private static ConfigurationManager Configuration(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return configuration;
    }
}
