using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Flows.VoiceApps;

/// <summary>
/// Several opening ranges a day read from a sentence, in English and French, and the time zone and language a creating
/// sentence names — never numbers that are not hours (thresholds, phone numbers, keys).
/// </summary>
public sealed class OpeningRangesTests
{
    [Theory]
    [InlineData("open 9 to 12 and 2 to 6 Monday to Friday", "09:00-12:00 14:00-18:00")]
    [InlineData("open from 9am to noon and 1:30pm to 5pm", "09:00-12:00 13:30-17:00")]
    [InlineData("ouvert de 9h à 12h et de 14h à 18h du lundi au vendredi", "09:00-12:00 14:00-18:00")]
    [InlineData("ouvert de 8 h 30 à 12 h, de 13 h 30 à 17 h et de 18 h à 20 h", "08:30-12:00 13:30-17:00 18:00-20:00")]
    [InlineData("open 9 to 6 Monday to Friday", "")]
    [InlineData("open 9 to 6, after 5 to 10 minutes transfer to +1 206 555 0100", "")]
    [InlineData("press 1 for Sales, 2 for Support and 9 to hang up", "")]
    public void Ranges_AreReadInOrder_OnlyWhenThereAreSeveral(string text, string expected)
    {
        var ranges = OpeningRanges.Read(RecognitionInput.Fold(text));

        Assert.Equal(expected, string.Join(' ', ranges.Select(r => $"{r.Start:hh\\:mm}-{r.End:hh\\:mm}")));
    }

    [Theory]
    [InlineData("create an auto attendant Front desk open 9 to 5, time zone Paris, in French, press 1 for English", "Front desk", "Romance Standard Time", "fr-FR")]
    [InlineData("crée un standard automatique Accueil à l’heure de Tokyo, en anglais", "Accueil", "Tokyo Standard Time", "en-US")]
    [InlineData("create an auto attendant Paris office open 9 to 5", "Paris office", null, null)]
    [InlineData("crée un standard automatique Accueil, il est ouvert de 9h à 17h", "Accueil", null, null)]
    public void ACreatingSentence_NamesItsTimeZoneAndLanguage(string text, string name, string? zone, string? language) =>
        Assert.Equal((zone, language), AutoAttendantSentence.ZoneAndLanguage(text, name));
}
