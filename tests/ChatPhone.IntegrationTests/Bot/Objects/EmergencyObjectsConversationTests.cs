using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Tenants;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// Emergency addresses and locations by chat and cards through <c>POST /api/messages</c>, in English and French: show,
/// change (a sentence, or the Edit button and its form), remove; add, list, rename and remove locations; move a person
/// to another address; refusals for an address or location in use, an address in another country, roles, a plan made
/// stale, and a plan confirmed twice. Each test has a tenant of its own.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed partial class EmergencyObjectsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";
    private const string Helper = "00000000-0000-4000-8000-0000000000e2";
    private const string Worker = "00000000-0000-4000-8000-0000000000e3";
    private const string Lucas = "00000000-0000-4000-8000-0000000000e4";
    private const string LucasNumber = "+33184880001";
    private const string SpareNumber = "+33184880002";

    private static readonly AddressFields Paris = new("Contoso", "FR", HouseNumber: "10", StreetName: "rue de Rivoli", City: "Paris", PostalCode: "75001", Latitude: "48.8606", Longitude: "2.3376");
    private static readonly AddressFields Lyon = new("Contoso", "FR", HouseNumber: "1", StreetName: "place Bellecour", City: "Lyon", PostalCode: "69002", Latitude: "45.7578", Longitude: "4.8320");
    private static readonly AddressFields Redmond = new("Contoso", "US", HouseNumber: "1", StreetName: "Microsoft Way", City: "Redmond", StateOrProvince: "WA", PostalCode: "98052", Latitude: "47.64", Longitude: "-122.13");

    // Not validated (the postal code is Dallas's), in a country where Teams allows edits: the one address that can change.
    private static readonly AddressFields Draft = Redmond with { PostalCode = "75201", Description = "Contoso Draft" };

    private sealed record World(TenantId Tenant, CivicAddress Paris, CivicAddress Lyon, CivicAddress Redmond, CivicAddress Draft);

    private async Task<World> WorldAsync()
    {
        var tenant = TenantId.Parse("e-" + Guid.NewGuid().ToString("N")[..12]);
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

        var world = new World(tenant, await Add(Paris), await Add(Lyon), await Add(Redmond), await Add(Draft));
        Assert.True(world.Paris.IsValidated && world.Lyon.IsValidated && world.Redmond.IsValidated && !world.Draft.IsValidated);
        var now = DateTimeOffset.UtcNow;
        await TenantSeed.PutAsync(Factory.Services, tenant, NumberCollections.Numbers,
            (LucasNumber, new PhoneNumber(LucasNumber, "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, now,
                new NumberAssignment(AssignmentTarget.User, Lucas, AssignmentCategory.Primary, now), world.Paris.DefaultLocation.Id)),
            (SpareNumber, new PhoneNumber(SpareNumber, "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, now, LocationId: world.Paris.DefaultLocation.Id)));
        await TenantSeed.PutAsync(Factory.Services, tenant, NumberCollections.UserLines, (Lucas, new List<UserLine> { new(LucasNumber, AssignmentCategory.Primary) }));
        return world;
    }

    private static Task<IReadOnlyList<JObject>> SayAsync(HttpClient client, World world, string user, string text, string locale = "en-US") =>
        SendAsync(client, Message(user, text, conversation: "conv-" + world.Tenant.Value, tenant: world.Tenant.Value, locale: locale));

    private Task<IReadOnlyList<JObject>> SayAsync(World world, string user, string text, string locale = "en-US") => SayAsync(Client, world, user, text, locale);

    private Task<IReadOnlyList<JObject>> ClickAsync(World world, string user, JObject data, string locale = "en-US")
    {
        var activity = Invoke(user, data, conversation: "conv-" + world.Tenant.Value, locale: locale);
        activity["conversation"]!["tenantId"] = world.Tenant.Value;
        return SendAsync(Client, activity);
    }

    private Task<IReadOnlyList<JObject>> ConfirmAsync(World world, string user, IReadOnlyList<JObject> plan, string locale = "en-US") =>
        ClickAsync(world, user, ConfirmData(plan), locale);

    // The data of the object button that runs <paramref name="intent"/> on the first card of the replies.

    private static bool HasObjectButton(IReadOnlyList<JObject> replies, string intent) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).SelectMany(a => a.SelectTokens("$..data")).OfType<JObject>()
            .Any(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == intent);

    private Task<CivicAddress?> StoredAsync(World world, string addressId) =>
        TenantSeed.GetAsync(Factory.Services, world.Tenant, EmergencyCollections.Addresses, addressId);

    private Task<PhoneNumber?> NumberAsync(World world, string number) =>
        TenantSeed.GetAsync(Factory.Services, world.Tenant, NumberCollections.Numbers, number);
}
