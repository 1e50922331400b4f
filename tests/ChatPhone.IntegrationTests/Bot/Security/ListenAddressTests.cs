using System.Net;
using System.Net.Sockets;
using ChatPhone.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Without a MicrosoftAppId, Kestrel really listens on loopback only, whichever way an address is configured
/// (<c>--urls</c> / <c>ASPNETCORE_URLS</c>, <c>HTTP_PORTS</c> / <c>ASPNETCORE_HTTP_PORTS</c>, <c>Kestrel:Endpoints:*:Url</c>, the
/// last of which Kestrel prefers to the others and used to slip past). Environment variables reach the host as the
/// same configuration keys (<c>ASPNETCORE_URLS</c> as <c>urls</c>, <c>Kestrel__Endpoints__Http__Url</c> as
/// <c>Kestrel:Endpoints:Http:Url</c>), given here as arguments so tests do not share the process environment.
/// </summary>
public sealed class ListenAddressTests
{
    public static TheoryData<string> Settings() =>
    [
        "--urls=http://0.0.0.0:0",
        "--urls=http://*:0",
        "--Kestrel:Endpoints:Http:Url=http://0.0.0.0:0",
        "--Kestrel:Endpoints:Anything:Url=http://[::]:0",
        $"--HTTP_PORTS={FreePort()}",
    ];

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task WithoutAnAppId_EveryConfiguredAddress_ListensOnLoopbackOnly(string setting)
    {
        var addresses = await ListeningAddressesAsync(setting, "--MicrosoftAppId=");

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.True(IPAddress.IsLoopback(Host(address)), address));
    }

    [Fact]
    public async Task WithAnAppId_TheConfiguredAddressIsKept()
    {
        var addresses = await ListeningAddressesAsync("--Kestrel:Endpoints:Http:Url=http://0.0.0.0:0", "--MicrosoftAppId=6f1d2c3b-8a4e-4f6a-9b1c-0d2e3f4a5b6c");

        Assert.Contains(addresses, address => Host(address).Equals(IPAddress.Any));
    }

    private static async Task<IReadOnlyList<string>> ListeningAddressesAsync(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Production" });
        builder.UseChatPhoneEndpoints();
        await using var app = builder.Build();
        app.MapGet("/", () => Results.Ok());
        await app.StartAsync();
        var addresses = app.Urls.ToArray();
        await app.StopAsync();
        return addresses;
    }

    private static IPAddress Host(string url) => IPAddress.Parse(new Uri(url.Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal)).Host.Trim('[', ']'));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
