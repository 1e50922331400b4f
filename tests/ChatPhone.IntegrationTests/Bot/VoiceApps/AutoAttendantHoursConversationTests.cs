using ChatPhone.Core.AutoAttendants;
using ChatPhone.IntegrationTests.Infrastructure;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// An attendant created by one sentence with a lunch break, its own language and time zone, through
/// <c>POST /api/messages</c> in English and French; then its hours changed by sentence to other ranges.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AutoAttendantHoursConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000e1";

    protected override Task ArrangeAsync() =>
        TenantSeed.PeopleAsync(Factory.Services, Tenant, (Boss, "boss@tailspin.com", "Bo Boss", "US", "admin"));

    [Theory]
    [InlineData("en-US", "create an auto attendant Front desk open 9 to 12 and 2 to 6 Monday to Friday, in French, time zone Paris, press 9 to hang up",
        "Front desk", "fr-FR", "Romance Standard Time", "Monday–Friday 09:00–12:00, 14:00–18:00",
        "change the hours of Front desk: open 8:30 to 12:30 and 1:30 to 5:30 on weekdays")]
    [InlineData("fr-FR", "crée un standard automatique Hall ouvert de 9h à 12h et de 14h à 18h du lundi au vendredi, en anglais, fuseau horaire New York",
        "Hall", "en-US", "Eastern Standard Time", "lundi–vendredi 09:00–12:00, 14:00–18:00",
        "modifie les horaires du standard Hall : ouvert de 8h30 à 12h30 et de 13h30 à 17h30 du lundi au vendredi")]
    public async Task ALunchBreak_LanguageAndTimeZone_AreReadFromTheSentence(
        string locale, string sentence, string name, string languageId, string zone, string hoursShown, string change)
    {
        var plan = await SayAsync(Boss, sentence, locale);
        await ConfirmAsync(Boss, plan, locale);
        var changed = await SayAsync(Boss, change, locale);
        await ConfirmAsync(Boss, changed, locale);

        Assert.True(Shown(plan).Contains(hoursShown, StringComparison.Ordinal), Shown(plan));
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(TenantSeed.Admin(Tenant), name)).Value;
        Assert.Equal((languageId, zone), (attendant.Settings.LanguageId, attendant.Settings.TimeZoneId));
        Assert.Equal(
            [new TimeRange(new TimeSpan(8, 30, 0), new TimeSpan(12, 30, 0)), new TimeRange(new TimeSpan(13, 30, 0), new TimeSpan(17, 30, 0))],
            attendant.Settings.Hours.RangesOf(DayOfWeek.Wednesday).OrderBy(r => r.Start));
        Assert.Empty(attendant.Settings.Hours.RangesOf(DayOfWeek.Sunday));
    }
}
