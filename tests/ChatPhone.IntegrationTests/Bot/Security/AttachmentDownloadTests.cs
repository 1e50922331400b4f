using System.Text;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory.Import;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// A directory import fetches a Teams file's <c>downloadUrl</c>: through <c>POST /api/messages</c>, an admin names
/// loopback listeners in every spelling, directly, through a redirect from a host the test allows, and over http outside
/// Development. The listener that must stay private counts connections and sees none; the sender hears the same short
/// answer every time. Only the file server and the redirector are let through (exact IP and port), as a test must: the
/// refusals are the production guard's.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AttachmentDownloadTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Csv = DirectoryCsvParser.Header + "\nnina@contoso.com,Nina Roy,id-nina,FR,Sales,user\n";
    private static readonly string DownloadFailed = new Error("directory.csv.download_failed").Describe(Language.English);

    private RawHttpServer _private = null!;
    private RawHttpServer _files = null!;
    private RawHttpServer _redirector = null!;
    private BotFactory _bot = null!;

    public Task InitializeAsync()
    {
        // If anything reached it, the import would go through: a plan card, not the refusal.
        _private = RawHttpServer.Answering("200 OK", "Content-Type: text/csv", Csv);
        _files = RawHttpServer.Start(ServeFileAsync);
        _redirector = RawHttpServer.Start((head, stream, token) =>
            RawHttpServer.WriteAsync(stream, "302 Found", "Location: " + Uri.UnescapeDataString(Path(head).Split("?to=")[1]), string.Empty, token));
        _bot = new BotFactory(redis);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _private.DisposeAsync();
        await _files.DisposeAsync();
        await _redirector.DisposeAsync();
    }

    [Fact]
    public async Task TeamsFile_FromAnAllowedHost_IsDownloadedAndPlanned()
    {
        var replies = await ImportAsync(Host(), TeamsFile(_files.Url("/people.csv")));

        Assert.Contains(ApplyDirectoryImportPayload.Verb, Shown(replies), StringComparison.Ordinal);
        Assert.Equal(1, _files.Connections);
    }

    [Fact]
    public async Task TeamsFile_AfterTheMessagesHtmlCopy_IsTheOneImported()
    {
        await using var factory = Host();
        var client = await BotFactory.ReadyClientAsync(factory);
        var message = Message(Megan, null);
        message["attachments"] = new JArray(new JObject { ["contentType"] = "text/html", ["content"] = "<p>people.csv</p>" }, TeamsFile(_files.Url("/people.csv")));

        var replies = await SendAsync(client, message);

        Assert.Contains(ApplyDirectoryImportPayload.Verb, Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("0x7f000001")]
    [InlineData("2130706433")]
    [InlineData("127.1")]
    [InlineData("0177.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::ffff:127.0.0.1]")]
    public async Task TeamsFile_NamingALoopbackListener_IsRefused_AndTheListenerReceivesNothing(string host)
    {
        var replies = await ImportAsync(Host(), TeamsFile(_private.Url("/people.csv", host)));

        Assert.Equal(DownloadFailed, Answer(replies));
        Assert.Equal(0, _private.Connections);
    }

    [Fact]
    public async Task ContentUrl_OtherThanData_IsNotFetched()
    {
        var attachment = new JObject { ["contentType"] = "text/csv", ["name"] = "people.csv", ["contentUrl"] = _private.Url("/people.csv") };

        var replies = await ImportAsync(Host(), attachment);

        Assert.Equal(DownloadFailed, Answer(replies));
        Assert.Equal(0, _private.Connections);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("private-hex")]
    [InlineData("bot")]
    [InlineData("file")]
    [InlineData("metadata")]
    public async Task Redirect_FromAnAllowedHost_ToAnInternalAddress_IsRefused_AndNothingIsReached(string target)
    {
        var location = target switch
        {
            "private" => _private.Url("/people.csv"),
            "private-hex" => _private.Url("/people.csv", "0x7f000001"),
            "bot" => "http://localhost:3978/playground/people",
            "file" => "file:///etc/passwd",
            _ => "http://169.254.169.254/latest/meta-data/",
        };

        var replies = await ImportAsync(Host(), TeamsFile(_redirector.Url("/r?to=" + Uri.EscapeDataString(location))));

        Assert.Equal(DownloadFailed, Answer(replies));
        Assert.Equal(1, _redirector.Connections);
        Assert.Equal(0, _private.Connections);
    }

    [Fact]
    public async Task Http_OutsideDevelopment_IsRefused_EvenForAnAllowedHost()
    {
        var replies = await ImportAsync(Host("Production"), TeamsFile(_files.Url("/people.csv")));

        Assert.Equal(DownloadFailed, Answer(replies));
        Assert.Equal(0, _files.Connections);
    }

    [Theory]
    [InlineData("/missing", "en-US")]
    [InlineData("/unauthorized", "fr-FR")]
    public async Task FailedDownload_GetsTheSameShortAnswer_InTheSendersLanguage_WithoutStatusOrReason(string path, string locale)
    {
        var replies = await ImportAsync(Host(), TeamsFile(_files.Url(path)), locale);

        Assert.Equal(new Error("directory.csv.download_failed").Describe(LanguageExtensions.FromLocale(locale)), Answer(replies));
        Assert.Equal(1, _files.Connections);
    }

    [Fact]
    public async Task BodyTrickledByteByByte_IsCutByTheOverallDeadline()
    {
        // Headers at once, then a byte every 200 ms of a 100 kB body: only a deadline over the whole download ends it.
        var replies = await ImportAsync(Host(downloadSeconds: 2), TeamsFile(_files.Url("/trickle"))).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(DownloadFailed, Answer(replies));
    }

    private WebApplicationFactory<Program> Host(string environment = "Development", int downloadSeconds = 15) =>
        _bot.WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            host.ConfigureTestServices(services => services.PostConfigure<AttachmentDownloadOptions>(options =>
            {
                options.DownloadSeconds = downloadSeconds;
                options.AllowedForTests.Add(_files.EndPoint);
                options.AllowedForTests.Add(_redirector.EndPoint);
            }));
        });

    private static async Task<IReadOnlyList<JObject>> ImportAsync(WebApplicationFactory<Program> factory, JObject attachment, string locale = "en-US")
    {
        await using (factory)
        {
            var client = await BotFactory.ReadyClientAsync(factory);
            var message = Message(Megan, null, locale: locale);
            message["attachments"] = new JArray(attachment);
            return await SendAsync(client, message);
        }
    }

    // A file sent in Teams, as the channel delivers it.
    private static JObject TeamsFile(string downloadUrl) => new()
    {
        ["contentType"] = CsvAttachmentReader.TeamsFileDownloadInfo,
        ["name"] = "people.csv",
        ["content"] = new JObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "csv" },
    };

    private static string Answer(IReadOnlyList<JObject> replies) => string.Join("\n", replies.Select(r => (string?)r["text"]));

    private static string Path(string head) => head.Split(' ', 3)[1];

    private static async Task ServeFileAsync(string head, Stream stream, CancellationToken cancellationToken)
    {
        switch (Path(head))
        {
            case "/people.csv":
                await RawHttpServer.WriteAsync(stream, "200 OK", "Content-Type: text/csv", Csv, cancellationToken);
                break;
            case "/unauthorized":
                await RawHttpServer.WriteAsync(stream, "401 Unauthorized", string.Empty, "secret realm", cancellationToken);
                break;
            case "/trickle":
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\n"), cancellationToken);
                for (var i = 0; i < 100_000; i++)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(Csv[i % Csv.Length].ToString()), cancellationToken);
                    await Task.Delay(200, cancellationToken);
                }

                break;
            default:
                await RawHttpServer.WriteAsync(stream, "404 Not Found", string.Empty, "no such file", cancellationToken);
                break;
        }
    }
}
