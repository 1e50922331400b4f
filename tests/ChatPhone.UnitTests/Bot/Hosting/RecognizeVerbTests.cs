using System.Text.Json;
using ChatPhone.Bot.Hosting;
using ChatPhone.UnitTests.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class RecognizeVerbTests
{
    [Fact]
    public async Task Recognize_FrenchSearch_PrintsIntentLanguageAndSlotsAsJson()
    {
        var output = new StringWriter();

        var code = await CommandLineVerbs.RunAsync(["recognize", "trouve trois numéros à Lyon", "--locale", "fr-FR"], output, RecognizerFixture.Clock);

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(
            (0, "SearchNumbers", "fr", "3", "Lyon", "FR"),
            (code, root.GetProperty("intent").GetString(), root.GetProperty("language").GetString(),
                root.GetProperty("slots").GetProperty("quantity").GetString(), root.GetProperty("slots").GetProperty("city").GetString(),
                root.GetProperty("slots").GetProperty("country").GetString()));
    }

    [Fact]
    public async Task Recognize_WithoutText_ReturnsUsageExitCode() =>
        Assert.Equal(2, await CommandLineVerbs.RunAsync(["recognize"], new StringWriter()));
}
