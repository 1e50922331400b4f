using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.UnitTests.Bot.Flows.VoiceApps;

/// <summary>What a sentence asks to change on an auto attendant, in English and French.</summary>
public sealed class AutoAttendantSentenceTests
{
    private static readonly Lazy<RecognizerModels> Models = new(() =>
    {
        var models = new RecognizerModels();
        models.Build();
        return models;
    });

    private static readonly AutoAttendantSettings MainLine = new()
    {
        Name = "Main line 2",
        LanguageId = "en-US",
        TimeZoneId = "Pacific Standard Time",
        DefaultFlow = CallFlow.Disconnect("Business hours"),
    };

    private static AutoAttendantEdit Read(string text, string language) =>
        AutoAttendantSentence.Read(text, language, MainLine, Models.Value, new DateTime(2026, 3, 10));

    [Theory]
    [InlineData("the Main line 2 AA now opens at 8", "en", "08:00", "17:00")]
    [InlineData("Main line 2 closes at 6 pm", "en", "09:00", "18:00")]
    [InlineData("set the hours of Main line 2 from 8:30 to 6", "en", "08:30", "18:00")]
    [InlineData("le standard Main line 2 ouvre à 8 h", "fr", "08:00", "17:00")]
    [InlineData("le standard Main line 2 ferme à 18 h 30", "fr", "09:00", "18:30")]
    public void Hours_MoveTheOpeningOrClosingOfEveryOpenDay(string text, string language, string open, string close)
    {
        var hours = Read(text, language).Hours!;

        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], hours.Days.Select(d => d.Day.ToString()));
        Assert.All(hours.Days, d => Assert.Equal($"{open}-{close}", $"{d.Ranges[0].Start:hh\\:mm}-{d.Ranges[0].End:hh\\:mm}"));
    }

    [Fact]
    public void DaysNamed_WithAnOpeningTime_ChangeOnlyThoseDays()
    {
        var hours = Read("le standard Main line 2 ouvre à 8 h du lundi au mercredi", "fr").Hours!;

        Assert.Equal(TimeSpan.FromHours(8), hours.RangesOf(DayOfWeek.Monday).Single().Start);
        Assert.Equal(TimeSpan.FromHours(8), hours.RangesOf(DayOfWeek.Wednesday).Single().Start);
        Assert.Equal(TimeSpan.FromHours(9), hours.RangesOf(DayOfWeek.Friday).Single().Start);
    }

    [Theory]
    [InlineData("Main line 2 is open 24/7", "en")]
    [InlineData("le standard Main line 2 est ouvert 24 h/24", "fr")]
    public void AllWeek_IsOpenAllTheTime(string text, string language)
    {
        Assert.True(Read(text, language).Hours!.IsAllWeek);
    }

    [Theory]
    [InlineData("rename the Main line 2 auto attendant to Reception", "en", "Reception", null, null)]
    [InlineData("renomme le standard Main line 2 en « Accueil Paris »", "fr", "Accueil Paris", null, null)]
    [InlineData("set the time zone of Main line 2 to Paris", "en", null, "Romance Standard Time", null)]
    [InlineData("change le fuseau horaire de Main line 2 en Eastern Standard Time et la langue en fr-FR", "fr", null, "Eastern Standard Time", "fr-FR")]
    [InlineData("Main line 2 language French, time zone UTC", "en", null, "UTC", "fr-FR")]
    public void NameTimeZoneAndLanguage_AreRead(string text, string language, string? name, string? zone, string? languageId)
    {
        var edit = Read(text, language);

        Assert.Equal((name, zone, languageId), (edit.Name, edit.TimeZoneId, edit.LanguageId));
    }

    [Fact]
    public void TheAttendantsOwnName_IsNeverReadAsAChange()
    {
        Assert.True(Read("edit Main line 2", "en").IsEmpty);
    }

    [Fact]
    public void AnEdit_KeptInPlanSlots_ReadsBackTheSame()
    {
        var edit = new AutoAttendantEdit("Reception", "UTC", "fr-FR", AutoAttendantSentence.Reshape(BusinessHours.Default, TimeSpan.FromHours(8), null, null));

        var back = AutoAttendantEdit.FromSlots(edit.ToSlots().ToDictionary());

        Assert.Equal((edit.Name, edit.TimeZoneId, edit.LanguageId), (back.Name, back.TimeZoneId, back.LanguageId));
        Assert.Equal(edit.Hours!.Days.Select(d => (d.Day, d.Ranges[0])), back.Hours!.Days.Select(d => (d.Day, d.Ranges[0])));
        Assert.Null(edit.Against(edit.Apply(MainLine)).Name);
    }
}
