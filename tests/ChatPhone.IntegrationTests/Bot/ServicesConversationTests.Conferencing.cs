using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Audio conferencing and the PIN length by chat.</summary>
public sealed partial class ServicesConversationTests
{
    [Fact]
    public async Task SetupConferencing_UsesTheAdminsCountry_AndShowsTheBridgeNumbers_AppliedOnce()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        var refused = await SendAsync(Client, Message(Priya, "set up audio conferencing"));
        var plan = await SendAsync(Client, Message(Megan, "set up audio conferencing"));

        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        var again = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("United States", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Audio conferencing is on", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Already done by you", Shown(again), StringComparison.Ordinal);
        var bridge = (await Phone.Conferencing.GetBridgeAsync(Admin)).Value;
        Assert.Equal("US", bridge.Bridge.Country);
        foreach (var number in bridge.Numbers)
        {
            Assert.Contains(number.Number.Number, Shown(first), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SetupConferencing_EnablesLicenseHoldersAsOrganizers_AndLaterOnesWhenAskedAgain_SoStepSixIsDone()
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(Alex), [Sku.AudioConferencing]))).IsSuccess);

        var plan = await SendAsync(Client, Message(Megan, "set up audio conferencing"));
        var first = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));
        Assert.True((await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(Sam), [Sku.AudioConferencing]))).IsSuccess);
        var later = await SendAsync(Client, Message(Megan, "set up audio conferencing"));
        var second = await SendAsync(Client, Invoke(Megan, ConfirmData(later)));
        var nothingLeft = await SendAsync(Client, Message(Megan, "set up audio conferencing"));

        Assert.Contains("Alex Wilber", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Organizers enabled: 1", Shown(first), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(later), StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Wilber", Shown(later), StringComparison.Ordinal);
        Assert.Contains("Organizers enabled: 1", Shown(second), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(nothingLeft), StringComparison.Ordinal);
        Assert.Equal(2, (await Phone.Conferencing.ListOrganizersAsync(Admin)).Value.Count);
        var steps = (await Phone.Setup.ChecklistAsync(Admin)).Value;
        Assert.Equal(ChatPhone.Core.Setup.StepStatus.Done, steps.Single(s => s.Step == ChatPhone.Core.Setup.SetupStepKind.AudioConferencing).Status);
    }

    [Theory]
    [InlineData("configure la conférence audio")]
    [InlineData("configurer l’audioconférence")]
    public async Task SetupConferencing_InFrench_UsesFrance(string text)
    {
        await BuyAsync(Sku.AudioConferencing, 5);
        var plan = await SendAsync(Client, Message(Camille, text, "conv-conf-fr", locale: "fr-FR"));

        var done = await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "conv-conf-fr", "fr-FR"));

        Assert.Contains("France", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("L’audioconférence est activée", Shown(done), StringComparison.Ordinal);
        Assert.Equal("FR", (await Phone.Conferencing.GetBridgeAsync(Admin)).Value.Bridge.Country);
    }

    [Fact]
    public async Task SetupConferencing_WithoutASubscription_SaysWhatToBuy_AndChangesNothing()
    {
        var plan = await SendAsync(Client, Message(Megan, "set up audio conferencing"));

        var failed = await SendAsync(Client, Invoke(Megan, ConfirmData(plan)));

        Assert.Contains("Audio conferencing needs an Audio Conferencing", Shown(failed), StringComparison.Ordinal);
        Assert.Contains("buy 10 audio conferencing licenses", Shown(failed), StringComparison.Ordinal);
        Assert.False((await Phone.Conferencing.GetBridgeAsync(Admin)).IsSuccess);
    }

    [Theory]
    [InlineData("set the PIN length to 6", "en-US", Megan, "5 → 6", "Organizers’ PINs now have 6 digits.", 6)]
    [InlineData("règle la longueur du code PIN à 8", "fr-FR", Camille, "de 5 à 8", "Les codes PIN des organisateurs ont désormais 8 chiffres.", 8)]
    public async Task SetPinLength_ShowsCurrentAndNew_AndAppliesOnce(string text, string locale, string admin, string change, string done, int expected)
    {
        var conversation = "conv-pin-" + locale;
        var plan = await SendAsync(Client, Message(admin, text, conversation, locale: locale));

        var first = await SendAsync(Client, Invoke(admin, ConfirmData(plan), conversation, locale));
        var again = await SendAsync(Client, Invoke(admin, ConfirmData(plan), conversation, locale));

        Assert.Contains(change, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(done, Shown(first), StringComparison.Ordinal);
        Assert.DoesNotContain(done, Shown(again), StringComparison.Ordinal);
        Assert.Equal(expected, (await Phone.Conferencing.GetSettingsAsync(Admin)).Value.PinLength);
    }

    [Theory]
    [InlineData("set the PIN length to 3", "en-US", Megan, "A PIN length of 3 digits is not allowed")]
    [InlineData("règle la longueur du code PIN à 13", "fr-FR", Camille, "13")]
    public async Task SetPinLength_OutOfRange_GetsTheCoreErrorInTheirLanguage_AndNoPlan(string text, string locale, string admin, string expected)
    {
        var replies = await SendAsync(Client, Message(admin, text, "conv-pin-bad", locale: locale));

        var expectedMessage = new Error("conferencing.pin_length_out_of_range", text.Contains("13") ? 13 : 3, 4, 12)
            .Describe(LanguageExtensions.FromLocale(locale));
        Assert.Contains(expected, Shown(replies), StringComparison.Ordinal);
        Assert.Contains(expectedMessage, Shown(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", Shown(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPinLength_ByAUser_IsRefused()
    {
        var replies = await SendAsync(Client, Message(Alex, "set the PIN length to 6"));

        Assert.Contains("Only an admin", Shown(replies), StringComparison.Ordinal);
    }
}
