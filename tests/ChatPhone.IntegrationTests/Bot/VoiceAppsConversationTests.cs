using ChatPhone.Core;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Call queues, auto attendants and holidays by chat (steps 7 and 8), in English and French, with plan cards and clicks.</summary>
[Collection(RedisCollection.Name)]
public sealed class VoiceAppsConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";

    private static readonly TenantId Demo = TenantId.Parse("demo");
    private static readonly Actor Admin = new(Demo, Megan, "Megan Bowen", Role.Admin);

    private BotFactory _factory = null!;
    private HttpClient _client = null!;

    private PhoneSystem Phone => _factory.Services.GetRequiredService<PhoneSystem>();

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(redis);
        _client = await _factory.ReadyClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task CreateCallQueue_InEnglish_PlansResolvedAgentsAndDefaults_CreatesOnConfirm_Once()
    {
        await LicenseAsync(Alex, Sam);

        var plan = await SendAsync(_client, Message(Megan, "create a call queue Sales, round robin, agents Alex and Sam", conversation: "cq-en"));
        var before = (await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value;
        var confirm = ConfirmData(plan);
        var first = await SendAsync(_client, Invoke(Megan, confirm, conversation: "cq-en"));
        var again = await SendAsync(_client, Invoke(Megan, confirm, conversation: "cq-en"));

        var planned = Shown(plan);
        Assert.Contains("Create the call queue “Sales”", planned, StringComparison.Ordinal);
        Assert.Contains("Round robin", planned, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", planned, StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", planned, StringComparison.Ordinal);
        Assert.Contains("30 seconds", planned, StringComparison.Ordinal);
        Assert.Contains("Disconnect (busy tone)", planned, StringComparison.Ordinal);
        Assert.Empty(before);
        Assert.Contains("Call queue “Sales” created.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("create a resource account for the call queue Sales", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var queue = Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
        Assert.Equal("Sales", queue.Name);
        Assert.Equal(RoutingMethod.RoundRobin, queue.Settings.RoutingMethod);
        Assert.Equal([Alex, Sam], queue.Settings.Users.Order());
    }

    [Fact]
    public async Task CreateCallQueue_InFrench_PlansAndCreates()
    {
        await LicenseAsync(Lucas, Chloe);

        var plan = await SendAsync(_client, Message(Camille, "crée une file d’attente Ventes, en tourniquet, agents Lucas et Chloé", conversation: "cq-fr", locale: "fr-FR"));
        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), conversation: "cq-fr", locale: "fr-FR"));

        Assert.Contains("Créer la file d’attente « Ventes »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Tourniquet", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Chloé Dubois", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("File d’attente « Ventes » créée.", Shown(done), StringComparison.Ordinal);
        Assert.Contains("crée un compte de ressources pour la file d’attente Ventes", Shown(done), StringComparison.Ordinal);
        var queue = (await Phone.VoiceApps.GetCallQueueAsync(Admin, "Ventes")).Value;
        Assert.Equal(RoutingMethod.RoundRobin, queue.Settings.RoutingMethod);
        Assert.Equal([Lucas, Chloe], queue.Settings.Users.Order());
    }

    [Fact]
    public async Task CreateCallQueue_WithProblems_ShowsThemAllAtOnce_AndNoPlan()
    {
        await LicenseAsync(Sam);
        await Phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, IdempotencyKey.New(), new CallQueueSettings { Name = "Sales" }));

        var replies = await SendAsync(_client, Message(Megan, "create a call queue Sales, agents Alex, Sam and Nobody", conversation: "cq-bad"));

        var shown = Shown(replies);
        Assert.Contains("can’t be created as asked", shown, StringComparison.Ordinal);
        Assert.Contains("A call queue called “Sales” already exists", shown, StringComparison.Ordinal);
        Assert.Contains("Nobody called “Nobody”", shown, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber (agent) is not Enterprise Voice enabled", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", shown, StringComparison.Ordinal);
        Assert.Single((await Phone.VoiceApps.ListCallQueuesAsync(Admin)).Value);
    }

    [Theory]
    [InlineData("create a call queue Sales, agents Sam")]
    [InlineData("create an auto attendant Main line")]
    [InlineData("add a holiday Christmas on December 25")]
    public async Task AUser_IsRefused(string text)
    {
        var replies = await SendAsync(_client, Message(Alex, text, conversation: "va-user"));

        Assert.Contains("Only an admin", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAutoAttendant_InEnglish_UsesTheAdminsTimeZone_AndCreatesOnConfirm_Once()
    {
        var plan = await SendAsync(_client, Message(Megan, "create an auto attendant Main line, open 9 to 5 Monday to Friday", conversation: "aa-en"));
        var confirm = ConfirmData(plan);
        var first = await SendAsync(_client, Invoke(Megan, confirm, conversation: "aa-en"));
        var again = await SendAsync(_client, Invoke(Megan, confirm, conversation: "aa-en"));

        var planned = Shown(plan);
        Assert.Contains("Create the auto attendant “Main line”", planned, StringComparison.Ordinal);
        Assert.Contains("(UTC-05:00) Eastern Time (US and Canada)", planned, StringComparison.Ordinal);
        Assert.Contains("en-US", planned, StringComparison.Ordinal);
        Assert.Contains("Monday–Friday", planned, StringComparison.Ordinal);
        Assert.Contains("Auto attendant “Main line” created.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("create a resource account for the auto attendant Main line", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var attendant = Assert.Single((await Phone.VoiceApps.ListAutoAttendantsAsync(Admin)).Value);
        Assert.Equal("Eastern Standard Time", attendant.Settings.TimeZoneId);
        Assert.Equal("en-US", attendant.Settings.LanguageId);
        Assert.True(attendant.Settings.Hours.IsOpenAt(DayOfWeek.Monday, TimeSpan.FromHours(10)));
        Assert.False(attendant.Settings.Hours.IsOpenAt(DayOfWeek.Monday, TimeSpan.FromHours(17)));
        Assert.False(attendant.Settings.Hours.IsOpenAt(DayOfWeek.Saturday, TimeSpan.FromHours(10)));
        Assert.NotNull(attendant.Settings.AfterHoursFlow);
    }

    [Fact]
    public async Task CreateAutoAttendant_InFrench_SpeaksFrench_InParisTime()
    {
        var plan = await SendAsync(_client, Message(Camille, "crée un standard automatique Accueil, ouvert de 9 h à 17 h du lundi au vendredi", conversation: "aa-fr", locale: "fr-FR"));
        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), conversation: "aa-fr", locale: "fr-FR"));

        Assert.Contains("Créer le standard automatique « Accueil »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("lundi–vendredi", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Standard automatique « Accueil » créé.", Shown(done), StringComparison.Ordinal);
        Assert.Contains("crée un compte de ressources pour le standard automatique Accueil", Shown(done), StringComparison.Ordinal);
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Accueil")).Value;
        Assert.Equal("fr-FR", attendant.Settings.LanguageId);
        Assert.Equal("Romance Standard Time", attendant.Settings.TimeZoneId);
    }

    [Fact]
    public async Task CreateAutoAttendant_WithATakenName_SaysSo()
    {
        await CreateAttendantAsync("Main line");

        var replies = await SendAsync(_client, Message(Megan, "create an auto attendant Main line", conversation: "aa-bad"));

        Assert.Contains("can’t be created as asked", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHoliday_InEnglish_ToTheAttendantNamedInTheMessage()
    {
        await CreateAttendantAsync("Main line");
        await CreateAttendantAsync("Support");

        var plan = await SendAsync(_client, Message(Megan, "add a holiday Christmas on December 25 to Main line", conversation: "hol-en"));
        var confirm = ConfirmData(plan);
        var done = await SendAsync(_client, Invoke(Megan, confirm, conversation: "hol-en"));
        var again = await SendAsync(_client, Invoke(Megan, confirm, conversation: "hol-en"));

        Assert.Contains("Add the holiday “Christmas” to “Main line”", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("December 25", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Holiday “Christmas” added to “Main line”.", Shown(done), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var holiday = Assert.Single((await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Main line")).Value.Settings.Holidays);
        Assert.Equal("Christmas", holiday.Name);
        Assert.Equal((12, 25), (holiday.Dates[0].Start.Month, holiday.Dates[0].Start.Day));
        Assert.Empty((await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Support")).Value.Settings.Holidays);
    }

    [Fact]
    public async Task AddHoliday_InFrench_ToTheOnlyAttendant()
    {
        await CreateAttendantAsync("Accueil");

        var plan = await SendAsync(_client, Message(Camille, "ajoute un jour férié Noël le 25 décembre", conversation: "hol-fr", locale: "fr-FR"));
        var done = await SendAsync(_client, Invoke(Camille, ConfirmData(plan), conversation: "hol-fr", locale: "fr-FR"));

        Assert.Contains("Ajouter le jour férié « Noël » à « Accueil »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("25 décembre", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Jour férié « Noël » ajouté à « Accueil ».", Shown(done), StringComparison.Ordinal);
        Assert.Equal("Noël", Assert.Single((await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Accueil")).Value.Settings.Holidays).Name);
    }

    [Fact]
    public async Task AddHoliday_WithSeveralAttendants_AsksWhich_AndTakesTheAnswer()
    {
        await CreateAttendantAsync("Main line");
        await CreateAttendantAsync("Support");

        var asked = await SendAsync(_client, Message(Megan, "add a holiday Christmas on December 25", conversation: "hol-ask"));
        var wrong = await SendAsync(_client, Message(Megan, "Reception", conversation: "hol-ask"));
        var plan = await SendAsync(_client, Message(Megan, "support", conversation: "hol-ask"));
        await SendAsync(_client, Invoke(Megan, ConfirmData(plan), conversation: "hol-ask"));

        Assert.Contains("Which auto attendant", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("Main line, Support", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("No auto attendant is called “Reception”", Shown(wrong), StringComparison.Ordinal);
        Assert.Contains("Add the holiday “Christmas” to “Support”", Shown(plan), StringComparison.Ordinal);
        Assert.Equal("Christmas", Assert.Single((await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Support")).Value.Settings.Holidays).Name);
    }

    [Theory]
    [InlineData("add a holiday Christmas on December 25", "en-US", "Which auto attendant")]
    [InlineData("ajoute un jour férié Noël le 25 décembre", "fr-FR", "Quel standard automatique")]
    public async Task AddHoliday_OnDirectLine_OffersTheAttendantsAsSuggestedActions_AndTheClickedNameIsTaken(string text, string locale, string question)
    {
        await CreateAttendantAsync("Main line");
        await CreateAttendantAsync("Support");
        var conversation = "hol-suggest-" + locale;

        var asked = Assert.Single(await SendAsync(_client, On(DirectLine, Message(Megan, text, conversation, locale: locale))));
        var choices = asked["suggestedActions"]?["actions"]?.Children<JObject>().Select(a => (string?)a["value"] ?? string.Empty).ToArray() ?? [];
        var plan = await SendAsync(_client, On(DirectLine, Message(Megan, choices.LastOrDefault(), conversation, locale: locale)));

        Assert.Contains(question, (string?)asked["text"], StringComparison.Ordinal);
        Assert.Equal<string>(["Main line", "Support"], choices);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Support", Shown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHoliday_WhoseNameIsTaken_ShowsTheProblem_AndNoPlan()
    {
        await CreateAttendantAsync("Main line");
        await CreateAttendantAsync("Support");
        await ConfirmAsync(await SendAsync(_client, Message(Megan, "add a holiday Christmas on December 25 to Support", conversation: "hol-dup")), "hol-dup");

        var replies = await SendAsync(_client, Message(Megan, "add a holiday Christmas on December 25 to Main line", conversation: "hol-dup"));

        Assert.Contains("can’t be added to “Main line”", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
        Assert.Empty((await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Main line")).Value.Settings.Holidays);
    }

    private async Task LicenseAsync(params string[] people)
    {
        var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, people.Length));
        Assert.True(bought.IsSuccess, bought.IsSuccess ? null : bought.Error.Code);
        foreach (var person in people)
        {
            var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem]));
            Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
        }
    }

    private async Task CreateAttendantAsync(string name)
    {
        var created = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(Admin, IdempotencyKey.New(), new AutoAttendantSettings
        {
            Name = name,
            LanguageId = "en-US",
            TimeZoneId = "Eastern Standard Time",
            DefaultFlow = CallFlow.Disconnect("Business hours"),
        }));
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error.Code);
    }

    private async Task<IReadOnlyList<JObject>> ConfirmAsync(IReadOnlyList<JObject> plan, string conversation) =>
        await SendAsync(_client, Invoke(Megan, ConfirmData(plan), conversation: conversation));

    /// <summary>What a click shows: the text replies and the card that replaces the clicked one (the invoke response).</summary>

    private static JObject ConfirmData(IReadOnlyList<JObject> replies)
    {
        var card = replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!).FirstOrDefault();
        Assert.True(card is not null, "No card in: " + Shown(replies));
        return (JObject)card.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "plan.confirm");
    }
}
