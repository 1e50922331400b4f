using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot;
using ChatPhone.Cards;
using ChatPhone.Core.Common;
using ChatPhone.UnitTests.Repository;

namespace ChatPhone.UnitTests.Core.Common;

/// <summary>
/// Resource keys read against the source: every error code the source creates has a message, every BotText and
/// CardText key the source names has a string in English and French, and every bot and card string is named by the
/// source, alone or as a member of a listed family.
/// </summary>
public sealed partial class ResourceKeyScanTests
{
    // Families of keys the source builds as a literal prefix + a value's name ("Routing_" + routing, $"Step_{step}"),
    // so their members are never written whole. Each prefix below must still be built somewhere (checked), and any key
    // it starts is counted as used: keep the list to real families, and add one here when a new family is built.
    private static readonly string[] BotFamilies =
    [
        "AaShow_Action_", "AaShow_NameExtension_", "AaShow_Search_", "AaShow_Target_", "AaShow_Voice_", // auto attendant details
        "Category_", "NumObj_Category_", "NumObj_PortAllowed_", "NumObj_PortKind_", "NumObj_PortType_", // numbers and ports
        "Numbers_Status_", "Port_Status_",
        "Cq2_Slot_", "CqObject_ApplyTo_", "QueueAction_", "Routing_", // call queues
        "EmergencyObjects_Field_", "Emergency_Status_", // emergency addresses
        "Feature_", "Setup_Start_", "SvcObj_Problem_", "SvcObj_AnnouncementsOn_", "SvcObj_Masking_", // setup and services
        "Conf2_Announce_", "Conf2_Lang_", "Conf2_Provider_", // conferencing: announcement types, languages, providers
        "VoiceLang_", // the languages of auto attendants and call queues
        "ObjectKind_", "Objects_Gone_", "Objects_None_", "Objects_Which_", "RaObject_Done_", "People_Role_", // objects
        "SmallTalk_", "Symptom_", "TicketNews_", "Ticket_Change_", "Ticket_Delivery_", // talk and helpdesk
        "UndoDoc_", "UndoField_", // undo: audited document collections and fields
    ];

    private static readonly string[] CardFamilies =
    [
        "Aa2Menu_Action_", "CallQueues_Routing_", "Cq2_Form_Action_", "Cq2_Form_ApplyTo_", "ResourceKind_", "Routing_", // voice apps
        "Address_", "AddressResult_", // emergency address form (input ids) and validation status
        "NumberOrders_RequestStatus_", "NumberOrders_SearchStatus_", "NumberType_", "Numbers_Status_", "Numbers_Status_Error_",
        "PortOrders_Status_", "Port_", // numbers, orders, and the port form (input ids)
        "Credits_Source_", "Sku_", // credits and licenses
        "HelpButton_", "HelpDoes_", "HelpGroup_", "HelpSay_", "Intent_", "Role_", // help and did-you-mean
        "Status_", "Step_", // setup checklist
    ];

    private static readonly Lazy<string[]> SourceFiles = new(() => RepositoryFiles.Sources(".cs")
        .Where(f => !Path.GetRelativePath(RepositoryFiles.Root, f).StartsWith("tests" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .ToArray());

    public static TheoryData<string> Accessors() => ["BotText", "CardText"];

    [Fact]
    public void ErrorCodesUsedInSource_AllHaveMessages()
    {
        var codes = SourceFiles.Value
            .SelectMany(text => ErrorLiteral().Matches(text).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();
        var known = Error.Messages.Names(CultureInfo.InvariantCulture);

        Assert.NotEmpty(codes);
        var missing = codes.Where(c => !known.Contains(Error.ResourceName(c))).ToArray();
        Assert.True(missing.Length == 0, "No message for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Accessors))]
    public void StringKeysUsedInSource_AllExist_InEnglishAndFrench(string accessor)
    {
        // A literal followed by "+" is the prefix of a family of keys ("Symptom_" + symptom): one of them must exist.
        var literal = new Regex(accessor + @"\.Get\([^,()]+, ""([A-Za-z0-9_]+)""\s*(\+)?");
        var uses = SourceFiles.Value
            .SelectMany(text => literal.Matches(text).Select(m => (Key: m.Groups[1].Value, IsPrefix: m.Groups[2].Success)))
            .Distinct()
            .ToArray();

        Assert.NotEmpty(uses);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr") })
        {
            var known = Table(accessor).Names(culture);
            var missing = uses
                .Where(u => u.IsPrefix ? !known.Any(k => k.StartsWith(u.Key, StringComparison.Ordinal)) : !known.Contains(u.Key))
                .Select(u => u.IsPrefix ? u.Key + "…" : u.Key)
                .ToArray();
            Assert.True(missing.Length == 0, $"{accessor} keys with no {Name(culture)} string: " + string.Join(", ", missing));
        }
    }

    [Theory]
    [MemberData(nameof(Accessors))]
    public void EveryString_IsNamedInSource_OrBelongsToAListedFamily(string accessor)
    {
        // Whatever passes the key on (BotText.Get, a card's local T(…), a table of names), the source writes it as a literal.
        var named = SourceFiles.Value.SelectMany(text => QuotedWord().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var families = Families(accessor);

        // A singular form (Key_One) is chosen by StringTable for its plural key: it is used when that key is.
        var unused = Table(accessor).Names(CultureInfo.InvariantCulture)
            .Select(key => (Key: key, Base: key.EndsWith(Plurals.OneSuffix, StringComparison.Ordinal) ? key[..^Plurals.OneSuffix.Length] : key))
            .Where(k => !named.Contains(k.Base) && !families.Any(f => k.Base.StartsWith(f, StringComparison.Ordinal)))
            .Select(k => k.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(unused.Length == 0, $"{accessor} strings nothing in the source names (remove them, or list their family): " + string.Join(", ", unused));
    }

    [Theory]
    [MemberData(nameof(Accessors))]
    public void EveryListedFamily_IsBuiltInSource_AndHasStrings(string accessor)
    {
        var known = Table(accessor).Names(CultureInfo.InvariantCulture);

        var stale = Families(accessor)
            .Where(prefix => !SourceFiles.Value.Any(text => BuildsPrefix(text, prefix)) || !known.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            .ToArray();

        Assert.True(stale.Length == 0, $"{accessor} families listed in this test that the source no longer builds or the table no longer has: " + string.Join(", ", stale));
    }

    // "Prefix" + value, or $"Prefix{value}".
    private static bool BuildsPrefix(string text, string prefix) =>
        Regex.IsMatch(text, "(\"" + Regex.Escape(prefix) + "\"\\s*\\+)|(\\$\"" + Regex.Escape(prefix) + "\\{)");

    private static string[] Families(string accessor) => accessor == "BotText" ? BotFamilies : CardFamilies;

    private static StringTable Table(string accessor) => accessor == "BotText" ? BotText.Table : CardText.Table;

    private static string Name(CultureInfo culture) => culture.Equals(CultureInfo.InvariantCulture) ? "English" : "French";

    [GeneratedRegex(@"""([A-Za-z0-9_]+)""")]
    private static partial Regex QuotedWord();

    [GeneratedRegex(@"new Error\(""([a-z_]+(?:\.[a-z_]+)+)""")]
    private static partial Regex ErrorLiteral();
}
