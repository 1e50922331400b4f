using System.Globalization;
using ChatPhone.Bot;
using ChatPhone.Cards;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Core.Common;

/// <summary>Every enum value people read has a French name that is not its C# name.</summary>
public sealed class DisplayNamesTests
{
    /// <summary>Enums named through <see cref="DisplayNames"/> (core: error messages, plans).</summary>
    public static readonly Type[] CoreNamed =
    [
        typeof(NumberType), typeof(QuotaKind), typeof(DialInKind), typeof(AssignmentTarget), typeof(ResourceAccountKind),
        typeof(Sku), typeof(DayOfWeek),
    ];

    /// <summary>Enums the bot and the cards name with a key family of their own table ("Routing_" + method).</summary>
    public static readonly (Type Type, StringTable Table, string Prefix)[] TableNamed =
    [
        (typeof(NumberType), CardText.Table, "NumberType_"),
        (typeof(RoutingMethod), CardText.Table, "Routing_"),
        (typeof(RoutingMethod), BotText.Table, "Routing_"),
        (typeof(OverflowActionKind), BotText.Table, "QueueAction_"),
        (typeof(TimeoutActionKind), BotText.Table, "QueueAction_"),
        (typeof(NoAgentActionKind), BotText.Table, "QueueAction_"),
        (typeof(SetupStepKind), CardText.Table, "Step_"),
        (typeof(StepStatus), CardText.Table, "Status_"),
        (typeof(ResourceAccountKind), CardText.Table, "ResourceKind_"),
        (typeof(PstnAssignmentStatus), BotText.Table, "Numbers_Status_"),
        (typeof(ValidationStatus), BotText.Table, "Emergency_Status_"),
    ];

    public static TheoryData<string> CoreNamedTypes() => [.. CoreNamed.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(CoreNamedTypes))]
    public void EveryMember_HasAFrenchNameThatIsNotItsCSharpName(string typeName)
    {
        var type = CoreNamed.Single(t => t.Name == typeName);
        var unnamed = Enum.GetValues(type).Cast<Enum>()
            .Select(v => (Name: v.ToString(), French: DisplayNames.Of(v, Language.French.Culture()), Named: DisplayNames.IsNamed(v)))
            .Where(v => !v.Named || v.French.Contains(v.Name, StringComparison.Ordinal) && !IsBrand(v.Name))
            .Select(v => v.Name)
            .ToArray();

        Assert.True(unnamed.Length == 0, $"{typeName} members shown by their C# name: {string.Join(", ", unnamed)}");
    }

    [Fact]
    public void EveryMember_OfTheBotAndCardFamilies_HasAFrenchNameThatIsNotItsCSharpName()
    {
        var french = CultureInfo.GetCultureInfo("fr");
        var problems = TableNamed
            .SelectMany(f => Enum.GetValues(f.Type).Cast<Enum>().Select(v => (Family: f.Prefix, Name: v.ToString(), French: f.Table.Find(french, f.Prefix + v))))
            .Where(v => v.French is null || v.French.Contains(v.Name, StringComparison.Ordinal))
            .Select(v => $"{v.Family}{v.Name} → {v.French ?? "(missing)"}")
            .ToArray();

        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EverySupportedTimeZone_HasAFriendlyNameWithItsOffset_InBothLanguages()
    {
        var problems = SupportedTimeZones.Ids
            .SelectMany(id => new[] { Language.English, Language.French }.Select(l => (Id: id, Name: DisplayNames.TimeZone(id, l))))
            .Where(z => z.Name.Contains("Standard Time", StringComparison.Ordinal) || !z.Name.StartsWith("(UTC", StringComparison.Ordinal))
            .Select(z => $"{z.Id} → {z.Name}")
            .ToArray();

        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.Equal("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", DisplayNames.TimeZone("Romance Standard Time", Language.French));
        Assert.Equal("(UTC-05:00) Eastern Time (US and Canada)", DisplayNames.TimeZone("Eastern Standard Time", Language.English));
    }

    [Fact]
    public void AnEnumErrorArgument_IsStoredByTypeAndShownByName()
    {
        var error = new Error("number.quota_exceeded", QuotaKind.User, 0, 2);

        Assert.Equal("QuotaKind.User", error.Args[0]);
        Assert.Contains("quota de numéros d’utilisateur", error.Describe(Language.French), StringComparison.Ordinal);
        Assert.DoesNotContain("User", error.Describe(Language.French), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alex.Wilber@contoso.com")]
    [InlineData("Sales.East")]
    [InlineData("NumberType")]
    public void AnArgumentThatIsNotAnEnumToken_IsShownAsItIs(string argument) =>
        Assert.Equal(argument, DisplayNames.OfArgument(argument, CultureInfo.GetCultureInfo("fr")));

    [Fact]
    public void AnEnumTokenWithoutADisplayName_ShowsItsMemberName() =>
        Assert.Equal("DisconnectCall", DisplayNames.OfArgument("MenuAction.DisconnectCall", CultureInfo.GetCultureInfo("fr")));

    [Fact]
    public void FixedEnglishNames_ReadInFrench()
    {
        Assert.Equal("Pont de conférence", DisplayNames.BridgeName(ConferenceBridge.DefaultName, Language.French));
        Assert.Equal("Ventes", DisplayNames.BridgeName("Ventes", Language.French));
        Assert.Equal("Emplacement par défaut", DisplayNames.LocationName(EmergencyService.DefaultLocationName, Language.French));
        Assert.Equal("Formulaire de demande de nouveaux numéros d’utilisateur (France)",
            DisplayNames.RequestDestination(NumberRequestForms.Destination("FR", NumberType.UserSubscriber)!, "France", Language.French));
        Assert.Equal("ptneu@microsoft.com", DisplayNames.RequestDestination(NumberRequestForms.Destination("FR", NumberType.CallQueueToll)!, "France", Language.French));
    }

    private static bool IsBrand(string member) => member is nameof(Sku.E5) or nameof(Sku.E3) or nameof(Sku.E1);
}
