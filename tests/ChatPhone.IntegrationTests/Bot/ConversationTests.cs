using System.Net;
using System.Text;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

[Collection(RedisCollection.Name)]
public sealed class ConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Csv = "upn,displayName,aadObjectId,usageLocation,department,role\n" +
        "nina@contoso.com,Nina Roy,id-nina,FR,Sales,user\n" +
        "bad-upn,Bad Row,id-bad,FR,,user\n" +
        "omar@contoso.com,Omar Haddad,id-omar,GB,,owner\n";

    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(Alex, "help", "What I can do for you")]
    [InlineData(Alex, "aide", "Ce que je peux faire pour vous")]
    [InlineData(Alex, "what's my number?", "You don’t have a phone number yet")]
    [InlineData(Alex, "quel est mon numéro ?", "Vous n’avez pas encore de numéro")]
    [InlineData("stranger-id", "what's my number?", "not in your organisation’s ChatPhone directory")]
    [InlineData("stranger-id", "help", "ask an admin to import you")]
    [InlineData(Alex, "blah blah", "I didn’t understand")]
    [InlineData(Alex, "annuler", "Il n’y avait rien à annuler")]
    public async Task Utterance_IsAnsweredInTheSpeakersLanguage(string user, string text, string expected)
    {
        var replies = await SendAsync(_client, Message(user, text));

        Assert.Contains(expected, Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvImport_PlanCardThenInvokeConfirm_ImportsGoodRowsOnce()
    {
        var plan = await SendAsync(_client, CsvMessage(Megan, Csv));
        var card = Assert.Single(plan)["attachments"]![0]!["content"]!;
        Assert.Contains("Rejected rows", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Line 3", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Line 4", Shown(plan), StringComparison.Ordinal);
        var data = (JObject)card["actions"]![0]!["data"]!;

        var first = await SendAsync(_client, Invoke(Megan, data));
        var second = await SendAsync(_client, Invoke(Megan, data));
        var otherAdmin = await SendAsync(_client, Invoke(Camille, data));

        Assert.Contains("1 new and 0 updated", Shown(first), StringComparison.Ordinal);
        Assert.Contains("1 new and 0 updated", Shown(second), StringComparison.Ordinal);
        Assert.Contains("Already done by Megan Bowen", Shown(otherAdmin), StringComparison.Ordinal);
        Assert.Contains("You don’t have a phone number yet", Shown(await SendAsync(_client, Message("id-nina", "what's my number?"))), StringComparison.Ordinal);
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            TenantId.Parse("demo"), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), actorId: Megan);
        Assert.Single(audit, e => e.Action == AuditActions.Directory.Import);
    }

    [Fact]
    public async Task CsvImport_ConfirmedByActionSubmitFallback_Works()
    {
        var plan = await SendAsync(_client, CsvMessage(Camille, Csv.Replace("id-nina", "id-nina2", StringComparison.Ordinal).Replace("nina@", "nina2@", StringComparison.Ordinal), "fr-FR"));
        var data = (JObject)plan[0]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!;
        var submit = Message(Camille, null, locale: "fr-FR");
        submit["value"] = data;

        var replies = await SendAsync(_client, submit);

        Assert.Contains("C’est fait. Nouvelles personnes : 1", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvImport_ByNonAdmin_IsRefusedInTheirLanguageAndAudited()
    {
        var replies = await SendAsync(_client, CsvMessage(Alex, Csv, "fr-FR"));

        Assert.Contains("Seul un administrateur peut faire cela", Shown(replies), StringComparison.Ordinal);
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            TenantId.Parse("demo"), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), actorId: Alex);
        Assert.Contains(audit, e => e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task CardClick_ByNonAdmin_IsRefusedOnTheServer()
    {
        var plan = await SendAsync(_client, CsvMessage(Megan, Csv.Replace("nina", "nora", StringComparison.Ordinal)));
        var data = (JObject)plan[0]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!;

        var replies = await SendAsync(_client, Invoke(Priya, data));

        Assert.Contains("Only an admin can do this", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateDelivery_OfTheSameActivity_IsAnsweredOnce()
    {
        var activity = Message(Alex, "help");

        var first = await SendAsync(_client, activity);
        var second = await SendAsync(_client, activity);

        Assert.NotEmpty(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task DuplicateDelivery_OfACardClick_AppliesOnceAndStillAnswersTheInvoke()
    {
        var plan = await SendAsync(_client, CsvMessage(Megan, Csv.Replace("nina", "nadia", StringComparison.Ordinal)));
        var click = Invoke(Megan, (JObject)plan[0]["attachments"]![0]!["content"]!["actions"]![0]!["data"]!);

        var first = await SendAsync(_client, click);
        click.Remove("deliveryMode");
        var redelivered = await _client.PostAsync("/api/messages", new StringContent(click.ToString(), Encoding.UTF8, "application/json"));

        Assert.Contains("1 new and 0 updated", Shown(first), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            TenantId.Parse("demo"), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5), actorId: Megan);
        Assert.Single(audit, e => e.Action == AuditActions.Directory.Import && e.Target == "import:" + click["value"]!["action"]!["data"]!["importId"]);
    }

    [Fact]
    public async Task OtherTenant_DoesNotKnowTheDemoPeople()
    {
        var replies = await SendAsync(_client, Message(Megan, "help", tenant: "fabrikam"));

        Assert.Contains("not in your organisation’s ChatPhone directory", Shown(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[]")]
    public async Task MalformedRequests_Get4xxNot5xx(string body)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Healthz_IsReadyOnceStarted()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
    }

    private static JObject CsvMessage(string user, string csv, string locale = "en-US")
    {
        var message = Message(user, null, locale: locale);
        message["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "text/csv",
            ["name"] = "people.csv",
            ["contentUrl"] = "data:text/csv;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)),
        });
        return message;
    }
}
