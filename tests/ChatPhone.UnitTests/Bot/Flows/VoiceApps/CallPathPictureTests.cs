using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Cards.Diagrams;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.UnitTests.Cards.Diagrams;
using ChatPhone.UnitTests.Core.CallPaths;
using static ChatPhone.UnitTests.Core.CallPaths.CallWorldBuilder;

namespace ChatPhone.UnitTests.Bot.Flows.VoiceApps;

/// <summary>The picture on the simulated call's card is a real PNG of the whole flow, the path in the accent colour, broken points in red.</summary>
public sealed class CallPathPictureTests
{
    private static readonly DateTime Weekday = new(2026, 12, 2, 10, 30, 0);

    private static PngFile Decode(string uri)
    {
        Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);
        return PngFile.Decode(Convert.FromBase64String(uri["data:image/png;base64,".Length..]));
    }

    [Fact]
    public void TheWholeFlow_IsDrawn_AndThePathTakenIsInTheAccentColour()
    {
        var call = Contoso().Call(MainNumber, Weekday, "1");

        var image = CallPathPicture.Of(call, Language.English);
        var png = Decode(image.Url);

        Assert.True(png.Width >= 400 && png.Height >= 300, $"{png.Width}×{png.Height}");
        Assert.True(png.Count(new DiagramRect(0, 0, png.Width, png.Height), DiagramColors.Accent) > 200);
        Assert.Equal(0, png.Count(new DiagramRect(0, 0, png.Width, png.Height), DiagramColors.Fill(DiagramNodeKind.DeadEnd)));
        Assert.Contains("drawn in blue", image.AltText, StringComparison.Ordinal);
        Assert.Contains(MainNumber, image.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenResourceAccount_IsARedBox_AndTheFrenchPictureDiffers()
    {
        var world = Contoso();
        world.Account("ra-support", ResourceAccountKind.CallQueue, license: null, associatedWith: "cq-support");
        var call = world.Call(MainNumber, Weekday);

        var english = Decode(CallPathPicture.Of(call, Language.English).Url);
        var french = CallPathPicture.Of(call, Language.French);

        Assert.True(english.Count(new DiagramRect(0, 0, english.Width, english.Height), DiagramColors.Fill(DiagramNodeKind.DeadEnd)) > 100);
        Assert.NotEqual(CallPathPicture.Of(call, Language.English).Url, french.Url);
        Assert.Contains("tracé en bleu", french.AltText, StringComparison.Ordinal);
    }
}
