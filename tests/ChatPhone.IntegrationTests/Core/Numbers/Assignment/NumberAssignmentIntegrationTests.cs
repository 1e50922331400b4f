using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.SelfService;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Assignment;

[Collection(RedisCollection.Name)]
public sealed class NumberAssignmentIntegrationTests(RedisServerFixture redis)
{
    internal const string Alex = "id-alex";
    internal const string UsNumber = "+12065550123";

    [Fact]
    public async Task Assign_UsNumberWithValidatedLocation_WritesTheAssignmentAndTheUsersLines()
    {
        await using var world = await ReadyAsync(redis);

        var assigned = (await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"))).Value;

        Assert.Equal((AssignmentTarget.User, Alex, AssignmentCategory.Primary), (assigned.Assignment!.Target, assigned.Assignment.TargetId, assigned.Assignment.Category));
        Assert.Equal((PstnAssignmentStatus.UserAssigned, "hq-loc"), (assigned.Status, assigned.LocationId));
        Assert.Equal([new UserLine(UsNumber, AssignmentCategory.Primary)], await world.GetAsync(NumberCollections.UserLines, Alex));
        var mine = await world.Services.GetRequiredService<MyNumbersQuery>().RunAsync(new Actor(Tenant, Alex, "Alex", ChatPhone.Core.Directory.Role.User));
        Assert.Equal(UsNumber, Assert.Single(mine.Value).Number.Value);
    }

    [Fact]
    public async Task Assign_WithoutPlusAndWithTheNumbersOwnLocation_Works()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(UsNumber, locationId: "hq-loc"));

        var assigned = await world.Assignment.AssignAsync(Assign(UsNumber[1..], Alex));

        Assert.Equal("hq-loc", assigned.Value.LocationId);
    }

    [Theory]
    [InlineData(null, "number.emergency_location_required"), InlineData("nowhere", "number.location_not_found"), InlineData("draft-loc", "number.address_not_validated")]
    public async Task Assign_UsNumber_NeedsALocationOfAValidatedAddress(string? locationId, string error)
    {
        await using var world = await ReadyAsync(redis);
        await world.AddressAsync("draft", "US", "Seattle", validated: false);

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: locationId));

        Assert.Equal(error, result.Error?.Code);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, UsNumber))!.Assignment);
        Assert.Null(await world.GetAsync(NumberCollections.UserLines, Alex));
    }

    [Fact]
    public async Task Assign_NonUsNumber_NeedsNoLocation()
    {
        await using var world = await ReadyAsync(redis);
        await world.PeopleAsync(("id-lucas", "Lucas Martin", "FR"));
        await world.LicensesAsync("id-lucas", "FR", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await world.NumbersAsync(world.Number("+33184880000", "FR"));

        Assert.True((await world.Assignment.AssignAsync(Assign("+33184880000", "id-lucas"))).IsSuccess);
    }

    [Theory]
    [InlineData(NumberType.ConferenceToll), InlineData(NumberType.CallQueueTollFree), InlineData(NumberType.AutoAttendantToll)]
    public async Task Assign_ServiceNumber_IsNeverGivenToAUser(NumberType type)
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(UsNumber, type: type));

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));

        Assert.Equal("number.service_number_to_user", result.Error?.Code);
    }

    [Fact]
    public async Task Assign_NumberNotInTheInventory_IsNotFound_InvalidTextIsInvalid()
    {
        await using var world = await ReadyAsync(redis);

        var missing = await world.Assignment.AssignAsync(Assign("+12065550999", Alex, locationId: "hq-loc"));
        var invalid = await world.Assignment.AssignAsync(Assign("tel:+12065550123", Alex, locationId: "hq-loc"));

        Assert.Equal(("number.not_found", "number.invalid"), (missing.Error?.Code, invalid.Error?.Code));
        Assert.Equal("Telephone Number '+12065550999' is not found from tenant 'contoso'. Check the number or acquire it first. Nothing was changed.",
            missing.Error!.Describe(Language.English));
    }

    [Fact]
    public async Task Assign_PersonNotInTheDirectory_IsRefused()
    {
        await using var world = await ReadyAsync(redis);

        Assert.Equal("directory.person_not_found", (await world.Assignment.AssignAsync(Assign(UsNumber, "id-ghost", locationId: "hq-loc"))).Error?.Code);
    }

    [Theory]
    [InlineData("US", null, false)]
    [InlineData("US", new[] { Sku.DomesticCallingPlan }, false)]
    [InlineData("US", new[] { Sku.PhoneSystem }, false)]
    [InlineData("", new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan }, false)]
    [InlineData("US", new[] { Sku.PhoneSystem, Sku.DomesticCallingPlan }, true)]
    [InlineData("US", new[] { Sku.E5, Sku.InternationalCallingPlan }, true)]
    public async Task Assign_NeedsPhoneSystemACallingPlanAndAUsageLocation(string usageLocation, Sku[]? skus, bool allowed)
    {
        await using var world = NumbersWorld.Create(redis);
        await world.PeopleAsync((Alex, "Alex Wilber", "US"));
        await world.AddressAsync("hq", "US", "Seattle");
        await world.NumbersAsync(world.Number(UsNumber));
        if (skus is not null)
        {
            await world.LicensesAsync(Alex, usageLocation, skus);
        }

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));

        Assert.Equal(allowed ? null : "license.missing", result.Error?.Code);
        if (!allowed)
        {
            Assert.StartsWith("User 'Alex Wilber' lacks appropriate licenses to assign a 'CallingPlan' number", result.Error!.Describe(Language.English), StringComparison.Ordinal);
            Assert.StartsWith("L’utilisateur « Alex Wilber » n’a pas les licences nécessaires pour se voir attribuer un numéro « CallingPlan »", result.Error.Describe(Language.French), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Assign_OnePrimaryPerUser_OthersAsAlternateOrPrivate()
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number("+12065550124"), world.Number("+12065550125"), world.Number("+12065550126"));
        await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));

        var second = await world.Assignment.AssignAsync(Assign("+12065550124", Alex, locationId: "hq-loc"));
        var alternate = await world.Assignment.AssignAsync(Assign("+12065550125", Alex, AssignmentCategory.Alternate, "hq-loc"));
        var priv = await world.Assignment.AssignAsync(Assign("+12065550126", Alex, AssignmentCategory.Private, "hq-loc"));

        Assert.Equal("number.primary_exists", second.Error?.Code);
        Assert.True(alternate.IsSuccess && priv.IsSuccess);
        Assert.Equal([AssignmentCategory.Primary, AssignmentCategory.Alternate, AssignmentCategory.Private],
            (await world.GetAsync(NumberCollections.UserLines, Alex))!.Select(l => l.Category));
    }

    [Fact]
    public async Task Assign_AlreadyAssignedNumber_IsRefused()
    {
        await using var world = await ReadyAsync(redis);
        await world.PeopleAsync(("id-sam", "Sam", "US"));
        await world.LicensesAsync("id-sam", "US", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"));

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, "id-sam", locationId: "hq-loc"));

        Assert.Equal("number.already_assigned", result.Error?.Code);
        Assert.Null(await world.GetAsync(NumberCollections.UserLines, "id-sam"));
    }

    [Theory]
    [InlineData(1, "number.blocked"), InlineData(-1, null), InlineData(0, null)]
    public async Task Assign_BlockedNumber_IsRefusedUntilTheBlockEnds(int minutesLeft, string? error)
    {
        await using var world = await ReadyAsync(redis);
        await world.NumbersAsync(world.Number(UsNumber) with { BlockedUntil = world.Clock.Now.AddMinutes(minutesLeft) });

        Assert.Equal(error, (await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc"))).Error?.Code);
    }

    [Fact]
    public async Task Assign_ByHelpdesk_IsRefused_NothingChanges()
    {
        await using var world = await ReadyAsync(redis);

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, Alex, locationId: "hq-loc") with { Actor = HelpdeskAgent });

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, UsNumber))!.Assignment);
        Assert.Single(await world.AuditAsync(AuditActions.Numbers.Assign), e => e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task Assign_ReplayedKey_ReturnsTheFirstResult_ChangesOnce_AuditsOncePerDocument()
    {
        await using var world = await ReadyAsync(redis);
        var command = Assign(UsNumber, Alex, locationId: "hq-loc") with { Key = Key("assign-1") };

        var first = await world.Assignment.AssignAsync(command);
        world.Clock.Now = world.Clock.Now.AddSeconds(5);
        var replay = await world.Assignment.AssignAsync(command);

        Assert.Equal(first.Value, replay.Value);
        var audit = await world.AuditAsync(AuditActions.Numbers.Assign);
        Assert.Equal(["numbers:" + UsNumber, "outbox:assign-1:notify.number-assigned", "user-numbers:" + Alex], audit.Select(e => e.Target).Order());
    }

    [Fact]
    public async Task Assign_QueuesOneNumberAssignedMessageForThePerson_InTheSameCommit_EvenWhenReplayed()
    {
        await using var world = await ReadyAsync(redis);
        var command = Assign(UsNumber, Alex, locationId: "hq-loc") with { Key = Key("assign-tell") };

        Assert.True((await world.Assignment.AssignAsync(command)).IsSuccess);
        Assert.True((await world.Assignment.AssignAsync(command)).IsSuccess);

        var message = Assert.Single((await world.AllAsync(NotificationCollections.Outbox)).Values);
        Assert.Equal("assign-tell:notify.number-assigned", message.Id);
        Assert.Equal((NotificationKind.NumberAssigned, RecipientKind.Person, Alex), (message.Kind, message.Recipient, message.RecipientId));
        Assert.Equal(UsNumber, message.Data["number"]);
        Assert.Equal(DeliveryStatus.Pending, message.Status);
    }

    [Fact]
    public async Task Assign_RejectedDecision_QueuesNothing()
    {
        await using var world = await ReadyAsync(redis);

        var result = await world.Assignment.AssignAsync(Assign(UsNumber, "id-nobody", locationId: "hq-loc"));

        Assert.Equal("directory.person_not_found", result.Error?.Code);
        Assert.Empty(await world.AllAsync(NotificationCollections.Outbox));
    }

    [Fact]
    public async Task Assign_FiftyConcurrentUsersForOneNumber_ExactlyOneWins_AndLinesAgree()
    {
        await using var world = NumbersWorld.Create(redis);
        var people = Enumerable.Range(0, 50).Select(i => ($"id-u{i:D2}", $"User {i}", "US")).ToArray();
        await world.PeopleAsync(people);
        foreach (var (id, _, _) in people)
        {
            await world.LicensesAsync(id, "US", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        }

        await world.AddressAsync("hq", "US", "Seattle");
        await world.NumbersAsync(world.Number(UsNumber));

        var results = await Task.WhenAll(people.Select(p => Task.Run(() => world.Assignment.AssignAsync(Assign(UsNumber, p.Item1, locationId: "hq-loc")))));

        var winner = Assert.Single(results, r => r.IsSuccess).Value.Assignment!.TargetId;
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("number.already_assigned", r.Error?.Code));
        Assert.Equal(winner, (await world.GetAsync(NumberCollections.Numbers, UsNumber))!.Assignment!.TargetId);
        var lines = await world.AllAsync(NumberCollections.UserLines);
        Assert.Equal([winner], lines.Keys);
        Assert.Equal([new UserLine(UsNumber, AssignmentCategory.Primary)], lines[winner]);
        await AssertNumbersConsistentAsync(world);
    }

    /// <summary>The invariant checker finds nothing wrong with numbers, lines and orders (licenses were seeded directly, so their counts are not judged).</summary>
    internal static async Task AssertNumbersConsistentAsync(NumbersWorld world)
    {
        var violations = await world.Services.GetRequiredService<InvariantChecker>().CheckAsync(NumbersWorld.Tenant);
        Assert.DoesNotContain(violations, v => v.Rule.StartsWith("number.", StringComparison.Ordinal));
    }

    /// <summary>Alex (US, Phone System + Domestic Calling Plan), a validated address "hq" with location "hq-loc", and an unassigned US number.</summary>
    internal static async Task<NumbersWorld> ReadyAsync(RedisServerFixture redis, string? via = null)
    {
        var world = NumbersWorld.Create(redis, via: via);
        await world.PeopleAsync((Alex, "Alex Wilber", "US"));
        await world.LicensesAsync(Alex, "US", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        await world.AddressAsync("hq", "US", "Seattle");
        await world.NumbersAsync(world.Number(UsNumber));
        return world;
    }

    internal static AssignNumber Assign(string number, string userId, AssignmentCategory category = AssignmentCategory.Primary, string? locationId = null) =>
        new(Admin, NewKey(), number, UserId.Parse(userId), category, locationId);
}
