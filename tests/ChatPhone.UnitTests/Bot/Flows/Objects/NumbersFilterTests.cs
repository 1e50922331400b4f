using ChatPhone.Bot.Flows.Objects.Numbers;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>What a list of numbers keeps, read from sentences in English and French, and the dates a port change gives.</summary>
public sealed class NumbersFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly PhoneNumber[] Inventory =
    [
        new("+33184880001", "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, Now, new NumberAssignment(AssignmentTarget.User, "u-1", AssignmentCategory.Primary, Now)),
        new("+33184880002", "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Acquired, Now),
        new("+33472000001", "FR", null, "Lyon", NumberType.UserSubscriber, NumberSource.Ported, Now),
        new("+33805000001", "FR", null, null, NumberType.CallQueueTollFree, NumberSource.Acquired, Now),
        new("+33184880009", "FR", null, "Paris", NumberType.AutoAttendantToll, NumberSource.Acquired, Now, new NumberAssignment(AssignmentTarget.ResourceAccount, "ra-1", AssignmentCategory.Primary, Now)),
        new("+12065550100", "US", "WA", "Seattle", NumberType.UserSubscriber, NumberSource.Acquired, Now),
        new("+18005550100", "US", null, null, NumberType.AutoAttendantTollFree, NumberSource.Acquired, Now),
    ];

    [Theory]
    [InlineData("list the unassigned toll-free numbers in France", "+33805000001")]
    [InlineData("which of our numbers are toll-free in France?", "+33805000001")]
    [InlineData("show the numbers in Paris", "+33184880001 +33184880002 +33184880009")]
    [InlineData("spare user numbers in Paris", "+33184880002")]
    [InlineData("numéros de service attribués", "+33184880009")]
    [InlineData("liste les numéros géographiques non attribués", "+33184880002 +33472000001 +12065550100")]
    [InlineData("quels numéros ne sont pas encore attribués à Lyon ?", "+33472000001")]
    [InlineData("numéros verts aux États-Unis", "+18005550100")]
    [InlineData("list the assigned numbers in Seattle or Lyon", "")]
    [InlineData("list the numbers in Seattle and Lyon", "+33472000001 +12065550100")]
    [InlineData("list all numbers", "+33184880001 +33184880002 +33472000001 +33805000001 +33184880009 +12065550100 +18005550100")]
    public void Filters_ReadFromTheSentence_KeepOnlyTheNumbersThatPassThemAll(string text, string kept)
    {
        var filter = PhoneNumberFilter.Read(text, new Dictionary<string, string>(), Inventory);

        Assert.Equal(kept.Split(' ', StringSplitOptions.RemoveEmptyEntries), Inventory.Where(filter.Keeps).Select(n => n.Number));
    }

    [Fact]
    public void Filters_InWords_NameEachFilter_InTheReadersLanguage()
    {
        var filter = PhoneNumberFilter.Read("unassigned toll-free numbers in France", new Dictionary<string, string>(), Inventory);

        Assert.Equal("unassigned, toll-free, France", filter.Describe(Language.English));
        Assert.Equal("non attribués, numéros verts, France", filter.Describe(Language.French));
    }

    [Fact]
    public void CountrySlot_AddsItsCountry_EvenWhenTheSentenceNamesItByCode()
    {
        var filter = PhoneNumberFilter.Read("numbers in the US", new Dictionary<string, string> { [SlotNames.Country] = "US" }, Inventory);

        Assert.Equal(new[] { "+12065550100", "+18005550100" }, Inventory.Where(filter.Keeps).Select(n => n.Number));
    }

    [Theory]
    [InlineData("move the transfer to 2027-01-13", Language.English, "2027-01-13")]
    [InlineData("move it to 1/13/2027", Language.English, "2027-01-13")]
    [InlineData("décale le transfert au 13/01/2027", Language.French, "2027-01-13")]
    [InlineData("décale le transfert au 31/02/2027", Language.French, null)]
    [InlineData("change the port order", Language.English, null)]
    public void PortDates_AreReadInTheReadersOrder(string text, Language language, string? expected) =>
        Assert.Equal(expected, PortOrderDetails.Date(text, language)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
