using System.Reflection;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Audit.Undo;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;

namespace ChatPhone.UnitTests.Core.Audit;

/// <summary>What undoing a change writes back, from its audit entries and the documents as they are now, and when it refuses.</summary>
public sealed class UndoPlannerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UndoingACreation_RemovesTheDocument_WhenNothingChangedOrDependsOnItSince()
    {
        var change = Change(AuditActions.CallQueues.Create, ("call-queues:q1", null, """{"id":"q1","name":"Sales"}"""));

        var plan = Plan(change, [], Now(("call-queues", "q1", """{"id":"q1","name":"Sales"}""")));

        var step = Assert.Single(plan.Value.Steps);
        Assert.Equal((UndoEffect.Remove, "Sales", null), (step.Effect, step.Name, step.Data));
    }

    [Fact]
    public void UndoingACreation_IsRefused_WhenADocumentWrittenSinceStillNamesIt()
    {
        var change = Change(AuditActions.CallQueues.Create, ("call-queues:q1", null, """{"id":"q1","name":"Sales"}"""));
        var later = new[] { Entry(AuditActions.VoiceApps.Associate, "resource-accounts:ra1", """{"displayName":"Line"}""", """{"displayName":"Line","targetId":"q1"}""", At.AddMinutes(1)) };

        var plan = Plan(change, later, Now(
            ("call-queues", "q1", """{"id":"q1","name":"Sales"}"""),
            ("resource-accounts", "ra1", """{"displayName":"Line","targetId":"q1"}""")));

        Assert.Equal(new Error("undo.used_since", "Sales", "Line"), plan.Error);
        Assert.Equal([("resource-accounts", "ra1")], UndoPlanner.Dependents(change, later));
    }

    [Fact]
    public void UndoingADeletion_PutsTheDocumentBack_UnlessTheIdWasTakenAgain()
    {
        var change = Change(AuditActions.CallQueues.Delete, ("call-queues:q1", """{"id":"q1","name":"Sales"}""", null));

        var back = Plan(change, [], Now(("call-queues", "q1", null)));
        var taken = Plan(change, [], Now(("call-queues", "q1", """{"id":"q1","name":"Other"}""")));

        Assert.Equal(UndoEffect.PutBack, Assert.Single(back.Value.Steps).Effect);
        Assert.Equal("undo.changed_since", taken.Error!.Code);
    }

    [Fact]
    public void AChangeSinceByAnotherPerson_IsNamedInTheRefusal()
    {
        var change = Change(AuditActions.CallQueues.Update, ("call-queues:q1", """{"name":"Sales","alert":20}""", """{"name":"Sales","alert":30}"""));
        var later = new[] { Entry(AuditActions.CallQueues.Update, "call-queues:q1", """{"name":"Sales","alert":30}""", """{"name":"Sales","alert":45}""", At.AddMinutes(2), "Ann Other") };

        var plan = Plan(change, later, Now(("call-queues", "q1", """{"name":"Sales","alert":45}""")));

        Assert.Equal(new Error("undo.changed_since_by", "Sales", "Ann Other"), plan.Error);
    }

    [Fact]
    public void AChangeAlreadyTakenBack_IsSaidSo()
    {
        var change = Change(AuditActions.CallQueues.Update, ("call-queues:q1", """{"name":"Sales"}""", """{"name":"Ventes"}"""));

        var plan = Plan(change, [], Now(("call-queues", "q1", """{"name":"Sales"}""")));

        Assert.Equal("undo.already_undone", plan.Error!.Code);
    }

    [Fact]
    public void AnUndoThatWouldAssignMoreLicensesThanBought_IsRefused()
    {
        // A purchase of 5 taken back after 8 of the 10 were assigned would leave 5 bought and 8 assigned.
        var change = Change(AuditActions.Licensing.Purchase, ("subscriptions:PhoneSystem", """{"sku":"PhoneSystem","purchased":5,"consumed":0}""", """{"sku":"PhoneSystem","purchased":10,"consumed":0}"""));

        var plan = Plan(change, [], Now(("subscriptions", "PhoneSystem", """{"sku":"PhoneSystem","purchased":10,"consumed":8}""")));

        Assert.Equal("undo.inconsistent", plan.Error!.Code);
    }

    [Theory]
    [InlineData(AuditActions.Credits.AddFunds, "undo.money")]
    [InlineData(AuditActions.Numbers.Acquire, "undo.acquired")]
    [InlineData(AuditActions.Porting.Create, "undo.port")]
    [InlineData(AuditActions.Tickets.Open, "undo.ticket")]
    public void ChangesThatReachedTheOutsideWorld_AreNotUndone(string action, string reason)
    {
        var change = Change(action, ("credits:account", """{"lots":[]}""", """{"lots":[{"amount":50}]}"""));

        Assert.Equal(reason, Plan(change, [], Now(("credits", "account", """{"lots":[{"amount":50}]}"""))).Error!.Code);
    }

    [Fact]
    public void EveryStoredCollectionOfCore_CanBeFoundByName_SoEveryChangeIsUndoneOrRefusedOnPurpose()
    {
        var declared = typeof(StoredCollections).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(DocumentCollection<>))
            .Select(f => ((IStoredCollection)f.GetValue(null)!).Name)
            .ToArray();

        Assert.NotEmpty(declared);
        Assert.All(declared, name => Assert.NotNull(StoredCollections.Find(name)));
        Assert.Equal(declared.Length, StoredCollections.All.Count);
    }

    private static AuditEntry[] Change(string action, params (string Target, string? Before, string? After)[] documents) =>
        documents.Select(d => Entry(action, d.Target, d.Before, d.After, At)).ToArray();

    private static AuditEntry Entry(string action, string target, string? before, string? after, DateTimeOffset at, string actor = "Bo Boss") =>
        new(Guid.NewGuid().ToString("N"), at, actor, actor, action, target, before, after, AuditOutcome.Applied);

    private static Func<string, string, string?> Now(params (string Collection, string Id, string? Json)[] documents) =>
        (collection, id) => documents.FirstOrDefault(d => d.Collection == collection && d.Id == id).Json;

    private static Result<UndoPlan> Plan(AuditEntry[] change, AuditEntry[] later, Func<string, string, string?> now) =>
        UndoPlanner.Plan(new ChangeRef(At, change[0].Id), change, later, now);
}
