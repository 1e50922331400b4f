using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>Port orders by chat.</summary>
public sealed partial class EmergencyNumbersConversationTests
{
    [Fact]
    public async Task PortNumbers_InEnglish_ExplainsAndSendsTheForm_WhoseSubmitCreatesOneOrder()
    {
        var refused = await SendAsync(Client, Message(Alex, "port my numbers"));
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "conv-port-en"));
        var submit = PortSubmission(form, "+1 206 555 0150, +1 206 555 0151");

        var first = await SendAsync(Client, Invoke(Megan, submit, "conv-port-en"));
        var again = await SendAsync(Client, Invoke(Megan, submit, "conv-port-en"));

        Assert.Contains("Only an admin", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("billing telephone number (BTN)", Shown(form), StringComparison.Ordinal);
        Assert.Contains("numbers.port.submit", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Transfer order ", Shown(first), StringComparison.Ordinal);
        Assert.Contains("This transfer form is out of date", Shown(again), StringComparison.Ordinal);
        var orders = await Phone.Porting.ListPortOrdersAsync(Admin);
        Assert.Single(orders.Value);
    }

    [Fact]
    public async Task PortNumbers_InFrench_TollFreeNumbers_BecomeAServiceRequest()
    {
        var form = await SendAsync(Client, Message(Camille, "transférer mes numéros", "conv-port-fr", locale: "fr-FR"));
        var submit = PortSubmission(form, "+1 888 555 0150");

        var result = await SendAsync(Client, Invoke(Camille, submit, "conv-port-fr", locale: "fr-FR"));

        Assert.Contains("Pour transférer des numéros", Shown(form), StringComparison.Ordinal);
        Assert.Contains("Demande de service ", Shown(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortNumbers_WithoutTheLetterAccepted_ChangesNothing_AndTheFixedFormIsSubmitted()
    {
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "conv-port-loa"));
        var submit = PortSubmission(form, "+1 206 555 0150");
        submit.Remove("loaAccepted");

        var refused = await SendAsync(Client, Invoke(Megan, submit, "conv-port-loa"));
        submit["loaAccepted"] = "true";
        var created = await SendAsync(Client, Invoke(Megan, submit, "conv-port-loa"));

        Assert.Contains("Fix the form and submit it again", Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Transfer order ", Shown(created), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortNumbers_ANumberAlreadyOwned_IsNotPortable_AndTheFormComesBackWithTheProblem()
    {
        var owned = (await SeedNumbersAsync(1))[0];
        var form = await SendAsync(Client, Message(Megan, "port my numbers", "conv-port-owned"));

        var result = await SendAsync(Client, Invoke(Megan, PortSubmission(form, $"{owned}, +1 206 555 0150"), "conv-port-owned"));

        Assert.Contains("Nothing was submitted: 1 number can’t be transferred", Shown(result), StringComparison.Ordinal);
        Assert.Contains(owned, Shown(result), StringComparison.Ordinal);
        Assert.Empty((await Phone.Porting.ListPortOrdersAsync(Admin)).Value);
    }

    internal static JObject PortSubmission(IReadOnlyList<JObject> form, string numbers)
    {
        var data = (JObject)ActionData(form, "numbers.port.submit").DeepClone();
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        data["numbers"] = numbers;
        data["portType"] = "Partial";
        data["losingCarrier"] = "AT&T";
        data["accountNumber"] = "123456789";
        data["btn"] = "+1 206 555 0199";
        data["companyName"] = "Contoso";
        data["authorizingPerson"] = "Megan Bowen";
        data["serviceAddress"] = "1 Microsoft Way";
        data["city"] = "Redmond";
        data["state"] = "WA";
        data["zip"] = "98052";
        data["transferDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        data["startTime"] = "09:00";
        data["signature"] = "Megan Bowen";
        data["loaAccepted"] = "true";
        return data;
    }
}
