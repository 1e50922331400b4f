using System.Globalization;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;

namespace ChatPhone.UnitTests.Core.Export.PowerShell;

/// <summary>The exported script's comments and messages exist in English and French, and the French is not the English.</summary>
public sealed class ScriptTextTests
{
    [Fact]
    public void EveryString_HasAFrenchVersion_ThatIsNotTheEnglishOne()
    {
        var english = ScriptBuilder.Strings.Names(CultureInfo.InvariantCulture);
        var french = ScriptBuilder.Strings.Names(CultureInfo.GetCultureInfo("fr"));

        Assert.Equal(english.Order(), french.Order());
        Assert.All(english, name => Assert.NotEqual(
            ScriptBuilder.Strings.Get(Language.English, name, "x", "y", "z", "w"),
            ScriptBuilder.Strings.Get(Language.French, name, "x", "y", "z", "w")));
    }

    [Fact]
    public void Report_KeepsEachArgumentAnExpression_NeverText()
    {
        var script = new ScriptBuilder(Language.French).Report("Done_NumberAssigned", "'+33 1'", "$user.Name").ToString();

        Assert.Equal("Write-Output ('Numéro ' + [string]('+33 1') + ' attribué à ' + [string]($user.Name))\n", script);
    }
}
