using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Resource accounts and service numbers by chat.</summary>
public sealed partial class ServicesConversationTests
{
    [Fact]
    public async Task CreateResourceAccount_ProposesAUpn_CreatesAndLicensesIt_Once()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var refused = await SendAsync(Client, Message(Alex, "create a resource account Sales for the call queue"));
        var plan = await SendAsync(Client, Message(Megan, "create a resource account Sales for the call queue"));

        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("The resource account Sales is ready and licensed.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var account = Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
        Assert.Equal(ResourceAccountKind.CallQueue, account.Kind);
        Assert.Equal(Sku.ResourceAccount, account.License);
    }

    [Fact]
    public async Task CreateResourceAccount_ForAnExistingCallQueue_AssociatesIt_SoStepSevenIsDone()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var queue = await Phone.CallQueues.CreateAsync(new ChatPhone.Core.CallQueues.CreateCallQueue(
            Admin, IdempotencyKey.New(), new ChatPhone.Core.CallQueues.CallQueueSettings { Name = "Sales" }));
        Assert.True(queue.IsSuccess, queue.Error?.Code);

        var plan = await SendAsync(Client, Message(Megan, "create a resource account Sales for the call queue", "conv-ra-serve"));
        var done = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "conv-ra-serve"));

        Assert.Contains("Serves", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("ready and licensed", Shown(done), StringComparison.Ordinal);
        var account = Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
        Assert.Equal(queue.Value.Queue.Id, account.AssociatedWith);
        var steps = (await Phone.Setup.ChecklistAsync(Admin)).Value;
        Assert.Equal(ChatPhone.Core.Setup.StepStatus.Done, steps.Single(s => s.Step == ChatPhone.Core.Setup.SetupStepKind.CallQueues).Status);
    }

    [Fact]
    public async Task CreateResourceAccount_WithoutAName_AsksForIt_AndTakesTheNextMessage()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var asked = await SendAsync(Client, Message(Megan, "create a resource account for the call queue", "conv-ra-ask"));
        var plan = await SendAsync(Client, Message(Megan, "Sales", "conv-ra-ask"));

        Assert.Contains("What name", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("plan.confirm", Shown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateResourceAccount_InFrench_AsksForTheName_ThenPlans()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        const string conversation = "conv-ra-fr";
        var asked = await SendAsync(Client, Message(Camille, "crée un compte de ressources pour le standard automatique", conversation, locale: "fr-FR"));
        var plan = await SendAsync(Client, Message(Camille, "Accueil", conversation, locale: "fr-FR"));

        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), conversation, "fr-FR"));

        Assert.Contains("Quel nom", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("aa-accueil@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Le compte de ressources Accueil est prêt et sous licence.", Shown(done), StringComparison.Ordinal);
        Assert.Equal(ResourceAccountKind.AutoAttendant, Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value).Kind);
    }

    [Fact]
    public async Task CreateResourceAccount_WithAPersonsUpn_IsRefusedByCore_AndNothingIsCreated()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        var asked = await SendAsync(Client, Message(Megan, "create a resource account sam.taylor@contoso.com for the call queue", "conv-ra-bad"));
        var plan = await SendAsync(Client, Message(Megan, "Sales", "conv-ra-bad"));

        var failed = await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "conv-ra-bad"));

        Assert.Contains("What name", Shown(asked), StringComparison.Ordinal);
        Assert.Contains("sam.taylor@contoso.com", Shown(failed), StringComparison.Ordinal);
        Assert.Empty((await Phone.ResourceAccounts.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task AssignServiceNumber_ToTheCallQueuesResourceAccount_AppliesOnce()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        await ConfirmAsync(await SendAsync(Client, Message(Megan, "create a resource account Sales for the call queue")));
        await BuyAsync(Sku.PhoneSystem, 5); // the service-number allowance comes from Phone System licenses
        var number = await AcquireAsync(NumberType.CallQueueToll);
        var refused = await SendAsync(Client, Message(Alex, $"assign {number} to the call queue Sales"));
        var plan = await SendAsync(Client, Message(Megan, $"assign {number} to the call queue Sales"));

        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("cq-sales@contoso.com", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{number} now rings Sales.", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        Assert.Equal(number, Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value).Number);
    }

    [Fact]
    public async Task AssignServiceNumber_InFrench_ToAnUnknownQueue_SaysSo()
    {
        var replies = await SendAsync(Client, Message(Camille, "attribue le +33 1 84 88 00 02 à la file d'attente Ventes", "conv-sn-fr", locale: "fr-FR"));

        Assert.Contains("Ventes", Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignServiceNumber_InFrench_ToTheResourceAccount_AppliesOnConfirm()
    {
        await BuyAsync(Sku.ResourceAccount, 5);
        await ConfirmAsync(await SendAsync(Client, Message(Megan, "create a resource account Ventes for the call queue")));
        await BuyAsync(Sku.PhoneSystem, 5); // the service-number allowance comes from Phone System licenses
        var number = await AcquireAsync(NumberType.CallQueueToll);
        var plan = await SendAsync(Client, Message(Camille, $"attribue le {number} à la file d'attente Ventes", "conv-sn-fr2", locale: "fr-FR"));

        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-sn-fr2", "fr-FR"));

        Assert.Contains($"Le {number} sonne désormais sur Ventes.", Shown(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignServiceNumber_ToTheConferenceBridge_AddsItToTheBridge()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        await ConfirmAsync(await SendAsync(Client, Message(Megan, "set up audio conferencing")));
        var number = await AcquireAsync(NumberType.ConferenceToll);
        var plan = await SendAsync(Client, Message(Megan, $"assign {number} to the conference bridge"));

        var done = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("audio conferencing bridge", Shown(plan), StringComparison.Ordinal);
        Assert.Contains($"{number} now rings", Shown(done), StringComparison.Ordinal);
        Assert.NotNull((await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge.Find(number));
    }
}
