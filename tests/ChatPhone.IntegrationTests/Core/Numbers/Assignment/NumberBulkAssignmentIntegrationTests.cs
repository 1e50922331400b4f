using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Core.Numbers.NumbersWorld;

namespace ChatPhone.IntegrationTests.Core.Numbers.Assignment;

[Collection(RedisCollection.Name)]
public sealed class NumberBulkAssignmentIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task AssignInBulk_EachRowOnItsOwn_GoodRowsAssignedAndBadRowsSayWhy()
    {
        await using var world = await WorldAsync(people: 3);
        await world.LicensesAsync("id-p2", "US");

        var outcome = (await world.Assignment.AssignInBulkAsync(new AssignNumbersInBulk(Admin, NewKey(),
        [
            new("+12065550100", UserId.Parse("id-p0")),
            new("+12065550101", UserId.Parse("id-p1")),
            new("+12065550102", UserId.Parse("id-p2")),
            new("+12065550199", UserId.Parse("id-p0")),
            new("not a number", UserId.Parse("id-p1")),
        ]))).Value;

        Assert.Equal(2, outcome.Succeeded);
        Assert.Equal(
            [null, null, "license.missing", "number.bulk_repeated_row", "number.invalid"],
            outcome.Rows.Select(r => r.Error?.Code));
        Assert.Equal("id-p0", (await world.GetAsync(NumberCollections.Numbers, "+12065550100"))!.Assignment!.TargetId);
        Assert.Equal([new UserLine("+12065550101", AssignmentCategory.Primary)], await world.GetAsync(NumberCollections.UserLines, "id-p1"));
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, "+12065550102"))!.Assignment);
        Assert.Null(await world.GetAsync(NumberCollections.UserLines, "id-p2"));
    }

    [Fact]
    public async Task AssignInBulk_AuditsEveryChangedDocument_AndTellsEachPersonOnce_EvenWhenReplayed()
    {
        await using var world = await WorldAsync(people: 2);
        var command = new AssignNumbersInBulk(Admin, NewKey(), [new("+12065550100", UserId.Parse("id-p0")), new("+12065550101", UserId.Parse("id-p1"))]);

        var first = await world.Assignment.AssignInBulkAsync(command);
        var replayed = await world.Assignment.AssignInBulkAsync(command);

        Assert.Equal(2, first.Value.Succeeded);
        Assert.Equal(2, replayed.Value.Succeeded);
        var targets = (await world.AuditAsync(AuditActions.Numbers.AssignBulk)).Where(e => e.Outcome == AuditOutcome.Applied).Select(e => e.Target).ToArray();
        Assert.Subset(targets.ToHashSet(), new HashSet<string> { "numbers:+12065550100", "numbers:+12065550101", "user-numbers:id-p0", "user-numbers:id-p1" });
        Assert.Equal(targets.Length, targets.Distinct().Count());
        var outbox = await world.AllAsync(NotificationCollections.Outbox);
        Assert.Equal(2, outbox.Values.Count(m => m.Kind == NotificationKind.NumberAssigned));
    }

    [Theory]
    [InlineData(0), InlineData(AssignNumbersInBulk.MaxRows + 1)]
    public async Task AssignInBulk_TooFewOrTooManyRows_IsRefusedWithoutChange(int count)
    {
        await using var world = await WorldAsync(people: 1);
        var rows = Enumerable.Range(0, count).Select(i => new NumberForPerson($"+1206555{i:D4}", UserId.Parse("id-p0"))).ToArray();

        var result = await world.Assignment.AssignInBulkAsync(new AssignNumbersInBulk(Admin, NewKey(), rows));

        Assert.Equal("number.bulk_size", result.Error?.Code);
        Assert.Contains("5000", result.Error!.Describe(Language.French), StringComparison.Ordinal);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, "+12065550100"))!.Assignment);
    }

    [Fact]
    public async Task AssignInBulk_ByAHelpdeskMember_IsRefused()
    {
        await using var world = await WorldAsync(people: 1);

        var result = await world.Assignment.AssignInBulkAsync(new AssignNumbersInBulk(HelpdeskAgent, NewKey(), [new("+12065550100", UserId.Parse("id-p0"))]));

        Assert.Equal("auth.admin_required", result.Error?.Code);
        Assert.Null((await world.GetAsync(NumberCollections.Numbers, "+12065550100"))!.Assignment);
    }

    // People id-p0.. with Phone System and a Calling Plan, numbers +1206555010x at a validated location.
    private async Task<NumbersWorld> WorldAsync(int people)
    {
        var world = NumbersWorld.Create(redis);
        await world.PeopleAsync(Enumerable.Range(0, people).Select(i => ($"id-p{i}", $"Person {i}", "US")).ToArray());
        for (var i = 0; i < people; i++)
        {
            await world.LicensesAsync($"id-p{i}", "US", Sku.PhoneSystem, Sku.DomesticCallingPlan);
        }

        await world.AddressAsync("hq", "US", "Seattle");
        await world.NumbersAsync(Enumerable.Range(0, Math.Max(people, 3)).Select(i => world.Number($"+120655501{i:D2}", locationId: "hq-loc")).ToArray());
        return world;
    }
}
