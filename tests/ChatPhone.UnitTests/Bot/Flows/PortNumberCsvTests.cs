using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Bot.Flows;

/// <summary>The numbers of a port read from pasted CSV or typed text, and the per-line problems in the person's language.</summary>
public sealed class PortNumberCsvTests
{
    [Theory]
    [InlineData("+1 206 555 0150, +1 206 555 0151", null, "+12065550150 +12065550151")]
    [InlineData("number\n+12065550150\n+12065550151\n", null, "+12065550150 +12065550151")]
    [InlineData("Country;Number\r\nFR;01 84 88 00 01\r\nFR;01 84 88 00 02", null, "+33184880001 +33184880002")]
    [InlineData("\"(206) 555-0150\"\n206.555.0151\n\n+12065550150", "US", "+12065550150 +12065550151")]
    [InlineData("Phone,Owner\n+33 1 84 88 00 01,Lucas Martin\n+33 1 84 88 00 02,Chloé Dubois", null, "+33184880001 +33184880002")]
    public void Numbers_AreReadWithOrWithoutHeader_InE164OrNationalWithTheirCountry(string text, string? region, string expected)
    {
        var (numbers, problems) = PortNumberCsv.Parse(text, region, Language.English);

        Assert.Empty(problems);
        Assert.Equal(expected.Split(' '), numbers);
    }

    [Theory]
    [InlineData(Language.English, "Line 3: “+1 206 555” is not a valid phone number.", "Line 4: no phone number in “Lucas Martin”.", "Line 5: “01 84 88 00 01” has no country.")]
    [InlineData(Language.French, "Ligne 3 : « +1 206 555 » n’est pas un numéro de téléphone valide.", "Ligne 4 : aucun numéro de téléphone dans « Lucas Martin ».", "Ligne 5 : « 01 84 88 00 01 » n’a pas de pays.")]
    public void EachLineAtFault_IsReportedByItsNumber_InThePersonsLanguage(Language language, string invalid, string empty, string noCountry)
    {
        var (numbers, problems) = PortNumberCsv.Parse("number\n+12065550150\n+1 206 555\nLucas Martin\n01 84 88 00 01", null, language);

        Assert.Equal(new[] { "+12065550150" }, numbers);
        Assert.Equal(3, problems.Count);
        Assert.Equal(invalid, problems[0]);
        Assert.Equal(empty, problems[1]);
        Assert.StartsWith(noCountry, problems[2], StringComparison.Ordinal);
    }
}
