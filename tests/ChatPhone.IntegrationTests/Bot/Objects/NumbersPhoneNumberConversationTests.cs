using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Phone numbers as objects through <c>POST /api/messages</c>, in English and French: the list (with combined filters)
/// and its Show buttons, the detail card, a change of emergency location by sentence and by the form, Confirm, the card
/// again, the release, and the list without the number; refusals (assigned, moving in a port, roles), a plan made stale,
/// and a plan confirmed twice. Each test has a tenant of its own.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class NumbersPhoneNumberConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000f1";
    private const string Helper = "00000000-0000-4000-8000-0000000000f2";
    private const string Worker = "00000000-0000-4000-8000-0000000000f3";
    private const string Lucas = "00000000-0000-4000-8000-0000000000f4";
    private const string LucasNumber = "+33184880001";
    private const string SpareNumber = "+33184880002";
    private const string LyonNumber = "+33472000001";
    private const string TollFreeNumber = "+33805000001";
    private const string SeattleNumber = "+12065550100";

    private static readonly AddressFields Paris = new("Contoso", "FR", HouseNumber: "10", StreetName: "rue de Rivoli", City: "Paris", PostalCode: "75001", Latitude: "48.8606", Longitude: "2.3376");
    private static readonly AddressFields Lyon = new("Contoso", "FR", HouseNumber: "1", StreetName: "place Bellecour", City: "Lyon", PostalCode: "69002", Latitude: "45.7578", Longitude: "4.8320");

    private sealed record World(TenantId Tenant, CivicAddress Paris, CivicAddress Lyon);

    [Theory]
    [InlineData("en-US", "list the phone numbers", "set the emergency location of +33 1 84 88 00 02 to Contoso Lyon", "Phone number +33 1 84 88 00 02",
        "Emergency location", "Change the emergency location of +33 1 84 88 00 03", "Release +33 1 84 88 00 02", "+33 1 84 88 00 02 released")]
    [InlineData("fr-FR", "liste les numéros", "change l'emplacement d'urgence du +33 1 84 88 00 02 pour Contoso Lyon", "Numéro +33 1 84 88 00 02",
        "Emplacement d’urgence", "Changer l’emplacement d’urgence du +33 1 84 88 00 03", "Rendre le +33 1 84 88 00 02", "+33 1 84 88 00 02 rendu")]
    public async Task ListShowChangeBySentenceAndForm_ThenRelease_EachThroughAPlanAndConfirm(
        string locale, string list, string move, string title, string locationLabel, string formPlan, string releasePlan, string released)
    {
        var world = await WorldAsync(extra: ("+33184880003", "Paris"));

        var listing = await SayAsync(world, Boss, list, locale);
        var shown = Shown(await ClickAsync(world, Boss, ShowButton(listing, SpareNumber), locale));
        var typed = Shown(await SayAsync(world, Boss, locale == "fr-FR" ? "montre le numéro +33 1 84 88 00 02" : "show me the phone number +33 1 84 88 00 02", locale));
        var sentencePlan = await SayAsync(world, Boss, move, locale);
        await ConfirmAsync(world, Boss, sentencePlan, locale);
        var afterSentence = Shown(await ClickAsync(world, Boss, ShowButton(listing, SpareNumber), locale));

        var other = await ClickAsync(world, Boss, ShowButton(listing, "+33184880003"), locale);
        var form = await ClickAsync(world, Boss, ObjectButton(other, "ChangeObject"), locale);
        var data = WithInputs(CardOf(form), ActionData(form, "numobj.location"));
        data["numobjLocation"] = world.Lyon.DefaultLocation.Id;
        var plan = await ClickAsync(world, Boss, data, locale);
        var formDone = await ConfirmAsync(world, Boss, plan, locale);
        var afterForm = Shown(await ClickAsync(world, Boss, ShowButton(listing, "+33184880003"), locale));

        var removal = await ClickAsync(world, Boss, ObjectButton(await ClickAsync(world, Boss, ShowButton(listing, SpareNumber), locale), "RemoveObject"), locale);
        var removed = Shown(await ConfirmAsync(world, Boss, removal, locale));
        var after = Shown(await SayAsync(world, Boss, list, locale));

        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.Contains(title, typed, StringComparison.Ordinal);
        Assert.DoesNotContain("+33 1 84 88 00 01", typed, StringComparison.Ordinal);
        Assert.Contains(locationLabel, shown, StringComparison.Ordinal);
        Assert.Contains("Rivoli", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"intent\":\"ChangeObject\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"intent\":\"RemoveObject\"", shown, StringComparison.Ordinal);
        Assert.Contains("numobj.act", shown, StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(sentencePlan), StringComparison.Ordinal);
        Assert.Contains("Bellecour", afterSentence, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(world.Paris.DefaultLocation.Id, (string?)CardOf(form).SelectTokens("$..[?(@.id == 'numobjLocation')]").First()["value"]);
        Assert.Contains(formPlan, Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Bellecour", afterForm, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(world.Lyon.DefaultLocation.Id, (await NumberAsync(world, "+33184880003"))!.LocationId);
        Assert.Contains(releasePlan, Shown(removal), StringComparison.Ordinal);
        Assert.Contains(released, removed, StringComparison.Ordinal);
        Assert.Null(await NumberAsync(world, SpareNumber));
        Assert.Contains(LucasNumber, after, StringComparison.Ordinal);
        Assert.DoesNotContain(SpareNumber, after, StringComparison.Ordinal);

        // Undo: the release went back to the carrier, so undoing it is refused with the reason; the form's change is
        // taken back by the Undo button of its result card, the number's location as it was before.
        var undoRelease = Shown(await SayAsync(world, Boss, locale == "fr-FR" ? "annule la dernière modification" : "undo the last change", locale));
        var undoForm = await ClickAsync(world, Boss, ActionData(formDone, "undo.change"), locale);
        var undone = Shown(await ConfirmAsync(world, Boss, undoForm, locale));
        Assert.Contains(locale == "fr-FR" ? "L’opérateur a déjà repris ces numéros" : "The carrier has already taken these numbers back", undoRelease, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", undoRelease, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Annulé." : "Undone.", undone, StringComparison.Ordinal);
        Assert.Equal(world.Paris.DefaultLocation.Id, (await NumberAsync(world, "+33184880003"))!.LocationId);
        Assert.Null(await NumberAsync(world, SpareNumber));
    }

    [Theory]
    [InlineData("en-US", "+33 1 84 88 00 01 can’t be released: it is still assigned to Lucas Martin. Unassign it first")]
    [InlineData("fr-FR", "Impossible de rendre le +33 1 84 88 00 01 : il est encore attribué à Lucas Martin. Retirez d’abord l’attribution")]
    public async Task ReleasingAnAssignedNumber_IsRefusedWithTheReason_AndUnassignThenReleaseWorks(string locale, string refusal)
    {
        var world = await WorldAsync();

        var card = await ClickAsync(world, Boss, Button("ShowObject", LucasNumber), locale);
        var refused = Shown(await ClickAsync(world, Boss, ObjectButton(card, "RemoveObject"), locale));
        var unassignPlan = await ClickAsync(world, Boss, ActionData(card, "numobj.act"), locale);
        await ConfirmAsync(world, Boss, unassignPlan, locale);
        var releasePlan = await ClickAsync(world, Boss, Button("RemoveObject", LucasNumber), locale);
        await ConfirmAsync(world, Boss, releasePlan, locale);

        Assert.Contains(refusal, Shown(card), StringComparison.Ordinal);
        Assert.Contains(refusal, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.Null(await NumberAsync(world, LucasNumber));
    }

    [Theory]
    [InlineData("en-US", "Assign +33 1 84 88 00 02 to…", "lucas@fabrikam.com")]
    [InlineData("fr-FR", "Attribuer le +33 1 84 88 00 02 à…", "lucas@fabrikam.com")]
    public async Task TheAssignButton_SendsAFormOfPeople_WhoseSubmitIsPlanned(string locale, string formTitle, string planned)
    {
        var world = await WorldAsync();

        var card = await ClickAsync(world, Boss, Button("ShowObject", SpareNumber), locale);
        var form = await ClickAsync(world, Boss, ActionData(card, "numobj.act"), locale);
        var data = WithInputs(CardOf(form), ActionData(form, "numobj.assign"));
        data["numobjPerson"] = Lucas;
        var plan = Shown(await ClickAsync(world, Boss, data, locale));

        Assert.Contains(formTitle, Shown(form), StringComparison.Ordinal);
        Assert.Contains("Lucas Martin", Shown(form), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", plan, StringComparison.Ordinal);
        Assert.Contains(planned, plan, StringComparison.Ordinal);
        Assert.Null((await NumberAsync(world, SpareNumber))!.Assignment);
    }

    [Theory]
    [InlineData("en-US", "port order port-1 is still moving it")]
    [InlineData("fr-FR", "la commande de portage port-1 est en train de le transférer")]
    public async Task ReleasingANumberAPortIsMoving_IsRefusedWithTheReason(string locale, string refusal)
    {
        var world = await WorldAsync();
        var now = DateTimeOffset.UtcNow;
        var details = new PortDetails("12345678", "+33184880009", null, "Contoso", "Megan", "10 rue de Rivoli", "Paris", "", "75001", PortType.Partial,
            DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)), new TimeOnly(9, 0), "Megan", "Orange", []);
        await TenantSeed.PutAsync(Factory.Services, world.Tenant, PortingCollections.Orders, ("port-1", new PortOrder("port-1", PortOrderStatus.ContactingCarrier, details,
            [SpareNumber], PortNumberKind.Local, null, now, null, null, [new PortStatusChange(PortOrderStatus.Processing, now), new PortStatusChange(PortOrderStatus.ContactingCarrier, now)])));

        var refused = Shown(await ClickAsync(world, Boss, Button("RemoveObject", SpareNumber), locale));

        Assert.Contains(refusal, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", refused, StringComparison.Ordinal);
        Assert.NotNull(await NumberAsync(world, SpareNumber));
    }

    [Theory]
    [InlineData("en-US", "list the unassigned toll-free numbers in France", new[] { TollFreeNumber }, new[] { SpareNumber, LucasNumber, SeattleNumber, LyonNumber })]
    [InlineData("en-US", "show the numbers in Paris", new[] { SpareNumber, LucasNumber }, new[] { LyonNumber, TollFreeNumber, SeattleNumber })]
    [InlineData("en-US", "list the assigned numbers", new[] { LucasNumber }, new[] { SpareNumber, LyonNumber, TollFreeNumber, SeattleNumber })]
    [InlineData("fr-FR", "liste les numéros non attribués en France", new[] { SpareNumber, LyonNumber, TollFreeNumber }, new[] { LucasNumber, SeattleNumber })]
    [InlineData("fr-FR", "affiche les numéros verts", new[] { TollFreeNumber }, new[] { SpareNumber, LyonNumber, LucasNumber, SeattleNumber })]
    [InlineData("fr-FR", "liste les numéros géographiques non attribués à Lyon", new[] { LyonNumber }, new[] { SpareNumber, TollFreeNumber, LucasNumber, SeattleNumber })]
    public async Task Filters_ReadFromTheSentence_Combine(string locale, string text, string[] kept, string[] left)
    {
        var world = await WorldAsync();

        var replies = Shown(await SayAsync(world, Helper, text, locale));

        Assert.All(kept, n => Assert.Contains(n, replies, StringComparison.Ordinal));
        Assert.All(left, n => Assert.DoesNotContain(n, replies, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Helpdesk_SeesTheCardWithoutChangeButtons_AndIsRefusedChanges_AndAUserIsRefusedEverything()
    {
        var world = await WorldAsync();

        var helpdesk = Shown(await ClickAsync(world, Helper, Button("ShowObject", LucasNumber)));
        var forgedRemove = Shown(await ClickAsync(world, Helper, Button("RemoveObject", SpareNumber)));
        var forgedChange = Shown(await ClickAsync(world, Helper, Button("ChangeObject", SpareNumber)));
        var forgedUnassign = Shown(await ClickAsync(world, Helper, new JObject { ["verb"] = "numobj.act", ["action"] = "unassign", ["number"] = LucasNumber }));
        var userList = Shown(await SayAsync(world, Worker, "list the phone numbers"));
        var userShow = Shown(await ClickAsync(world, Worker, Button("ShowObject", LucasNumber)));

        Assert.Contains("Lucas Martin", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("RemoveObject", helpdesk, StringComparison.Ordinal);
        Assert.DoesNotContain("numobj.act", helpdesk, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forgedRemove, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forgedChange, StringComparison.Ordinal);
        Assert.Contains("Only an admin", forgedUnassign, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", forgedRemove + forgedChange + forgedUnassign, StringComparison.Ordinal);
        Assert.DoesNotContain(LucasNumber, userList, StringComparison.Ordinal);
        Assert.DoesNotContain("Lucas Martin", userShow, StringComparison.Ordinal);
        Assert.NotNull((await NumberAsync(world, LucasNumber))!.Assignment);
    }

    [Fact]
    public async Task PlansConfirmedAfterTheNumberChanged_AreRefusedClearly_AndChangeNothing()
    {
        var world = await WorldAsync();
        var form = await ClickAsync(world, Boss, Button("ChangeObject", SpareNumber), conversation: "stale-1");
        var data = WithInputs(CardOf(form), ActionData(form, "numobj.location"));
        data["numobjLocation"] = world.Lyon.DefaultLocation.Id;
        var locationPlan = await ClickAsync(world, Boss, data, conversation: "stale-1");
        var releasePlan = await ClickAsync(world, Boss, Button("RemoveObject", LyonNumber), conversation: "stale-2");
        await TenantSeed.PutAsync(Factory.Services, world.Tenant, NumberCollections.Numbers,
            (SpareNumber, (await NumberAsync(world, SpareNumber))! with { LocationId = null }),
            (LyonNumber, (await NumberAsync(world, LyonNumber))! with { Assignment = new NumberAssignment(AssignmentTarget.User, Lucas, AssignmentCategory.Alternate, DateTimeOffset.UtcNow) }));

        var staleLocation = Shown(await ConfirmAsync(world, Boss, locationPlan, conversation: "stale-1"));
        var staleRelease = Shown(await ConfirmAsync(world, Boss, releasePlan, conversation: "stale-2"));

        Assert.Contains("plan.confirm", Shown(locationPlan), StringComparison.Ordinal);
        Assert.Contains("changed since this was planned", staleLocation, StringComparison.Ordinal);
        Assert.Null((await NumberAsync(world, SpareNumber))!.LocationId);
        Assert.Contains("+33 4 72 00 00 01 was assigned after this plan was made, so nothing was released", staleRelease, StringComparison.Ordinal);
        Assert.NotNull(await NumberAsync(world, LyonNumber));
    }

    [Fact]
    public async Task ConfirmingTwice_AppliesOnce()
    {
        var world = await WorldAsync();
        var plan = await ClickAsync(world, Boss, Button("RemoveObject", SpareNumber));

        var first = Shown(await ConfirmAsync(world, Boss, plan));
        var second = Shown(await ConfirmAsync(world, Boss, plan));

        Assert.Contains("+33 1 84 88 00 02 released", first, StringComparison.Ordinal);
        Assert.Contains("Already done by you", second, StringComparison.Ordinal);
        Assert.Null(await NumberAsync(world, SpareNumber));
    }

    private async Task<World> WorldAsync((string Number, string City)? extra = null)
    {
        var tenant = TenantId.Parse("n-" + Guid.NewGuid().ToString("N")[..12]);
        await TenantSeed.PeopleAsync(Factory.Services, tenant,
            (Boss, "boss@fabrikam.com", "Bo Boss", "FR", "admin"),
            (Helper, "helper@fabrikam.com", "Hel Per", "FR", "helpdesk"),
            (Worker, "worker@fabrikam.com", "Wo Worker", "FR", "user"),
            (Lucas, "lucas@fabrikam.com", "Lucas Martin", "FR", "user"));
        var admin = TenantSeed.Admin(tenant);
        async Task<CivicAddress> Add(AddressFields fields)
        {
            var added = await Phone.Emergency.AddAddressAsync(new AddAddress(admin, IdempotencyKey.New(), fields));
            Assert.True(added.IsSuccess, added.Error?.Code);
            return added.Value.Address;
        }

        var world = new World(tenant, await Add(Paris), await Add(Lyon));
        var now = DateTimeOffset.UtcNow;
        PhoneNumber Number(string number, string country, string? city, NumberType type, string? location) =>
            new(number, country, null, city, type, NumberSource.Acquired, now, LocationId: location);
        var numbers = new List<(string, PhoneNumber)>
        {
            (LucasNumber, Number(LucasNumber, "FR", "Paris", NumberType.UserSubscriber, world.Paris.DefaultLocation.Id)
                with { Assignment = new NumberAssignment(AssignmentTarget.User, Lucas, AssignmentCategory.Primary, now) }),
            (SpareNumber, Number(SpareNumber, "FR", "Paris", NumberType.UserSubscriber, world.Paris.DefaultLocation.Id)),
            (LyonNumber, Number(LyonNumber, "FR", "Lyon", NumberType.UserSubscriber, world.Lyon.DefaultLocation.Id)),
            (TollFreeNumber, Number(TollFreeNumber, "FR", null, NumberType.CallQueueTollFree, null)),
            (SeattleNumber, Number(SeattleNumber, "US", "Seattle", NumberType.UserSubscriber, null)),
        };
        if (extra is { } more)
        {
            numbers.Add((more.Number, Number(more.Number, "FR", more.City, NumberType.UserSubscriber, world.Paris.DefaultLocation.Id)));
        }

        await TenantSeed.PutAsync(Factory.Services, tenant, NumberCollections.Numbers, [.. numbers]);
        await TenantSeed.PutAsync(Factory.Services, tenant, NumberCollections.UserLines, (Lucas, new List<UserLine> { new(LucasNumber, AssignmentCategory.Primary) }));
        return world;
    }

    private Task<IReadOnlyList<JObject>> SayAsync(World world, string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, conversation: "conv-" + world.Tenant.Value, tenant: world.Tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(World world, string user, JObject data, string locale = "en-US", string conversation = "conv")
    {
        var activity = Invoke(user, data, conversation: conversation + "-" + world.Tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = world.Tenant.Value;
        return SendAsync(Client, activity);
    }

    private Task<IReadOnlyList<JObject>> ConfirmAsync(World world, string user, IReadOnlyList<JObject> plan, string locale = "en-US", string conversation = "conv") =>
        ClickAsync(world, user, ConfirmData(plan), locale, conversation);

    private static JObject ShowButton(IReadOnlyList<JObject> replies, string number) =>
        (JObject)CardOf(replies).SelectTokens("$..data").OfType<JObject>()
            .First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == "ShowObject" && (string?)d["objectId"] == number);

    private static JObject Button(string intent, string number) =>
        new() { ["verb"] = "object.act", ["intent"] = intent, ["kind"] = "PhoneNumber", ["objectId"] = number };

    private Task<PhoneNumber?> NumberAsync(World world, string number) =>
        TenantSeed.GetAsync(Factory.Services, world.Tenant, NumberCollections.Numbers, number);
}
