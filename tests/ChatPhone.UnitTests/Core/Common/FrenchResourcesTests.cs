using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot;
using ChatPhone.Cards;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Core.Common;

/// <summary>
/// Every French resource string (bot, cards, core) rendered the way the code renders it — through
/// <see cref="StringTable.Find"/>, so singular forms and elisions apply — with counts 0, 1 and 2 and with names that start
/// with a vowel or a mute h, then read for what does not read as French.
/// </summary>
public sealed partial class FrenchResourcesTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private static readonly string[] Names = ["Alex", "Issy-les-Moulineaux", "Inès", "Hugo"];

    // Shown in French replies during the trial: an English value or a C# name where French was due.
    public static readonly string[] EnglishValues =
    [
        "UserSubscriber", "ConferenceToll", "CallQueueToll", "AutoAttendantToll", "TollFree", "Conference Bridge",
        "New user numbers request form", "Romance Standard Time", "Standard Time", "PHONESYSTEM_VIRTUALUSER", "— Default",
        "DomesticCallingPlan", "InternationalCallingPlan", "RoundRobin", "LongestIdle", "ResourceAccount",
    ];

    // Words that end in s or x in the singular too, or are not nouns that agree with a count.
    private static readonly HashSet<string> Invariable = new(StringComparer.OrdinalIgnoreCase)
    {
        "pays", "mois", "fois", "prix", "choix", "cas", "temps", "accès", "dans", "vous", "nous", "sous", "plus", "pas",
        "sans", "depuis", "après", "très", "puis", "alors", "lors", "jamais", "toujours", "parmi", "chez", "sus",
    };

    // Counts the code fills only with a configured maximum (≥ 2) or with a count above such a maximum, so "1" never
    // reaches them: "au plus {0} caractères" is always "au plus 200 caractères".
    private static readonly HashSet<string> FixedLimits = new(StringComparer.Ordinal)
    {
        "audit_limit_invalid", "audit_range_invalid", "autoattendant_too_many_date_ranges", "autoattendant_too_many_holidays",
        "autoattendant_too_many_voice_responses", "autoattendant_voice_response_length", "callqueue_too_many_compliance_templates",
        "callqueue_too_many_users", "conferencing_bridge_name_invalid", "conferencing_invite_footer_too_long",
        "conferencing_languages_too_many", "credits_invalid_purchase_order", "credits_invalid_usage_description", "delivery_gave_up",
        "delivery_gave_up_unreachable", "directory_csv_too_many_rows", "emergency_address_field_too_long",
        "emergency_location_name_too_long", "license_bulk_size", "number_block_days_invalid", "number_bulk_size",
        "number_notes_too_long", "number_page_invalid", "number_release_count_invalid", "number_request_quantity_invalid",
        "port_field_too_long", "port_manual_too_many_numbers", "port_too_many_numbers", "profile_name_invalid",
        "resource_account_invalid_display_name", "voiceapp_name_too_long", "voiceapp_tts_too_long", "Conferencing_PinDone",
        "conferencing_pin_length_out_of_range",

        // No count at all: "Coordonnées {0}, {1} de {2} ajoutées" takes two coordinates and a city.
        "emergency_correction_coordinates_filled",
    };

    public static TheoryData<string> Tables() => ["core", "cards", "bot", "teamsapp", "playground", "proactive"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryFrenchString_WithVowelInitialNames_ElidesAndContracts(string table)
    {
        var problems = new List<string>();
        foreach (var (key, text) in RenderAll(table, _ => null))
        {
            foreach (var name in Names)
            {
                var word = name.Split('-')[0];
                if (Regex.IsMatch(text, $@"(?<!\p{{L}})(?:[Dd]e|[Qq]ue|[Ll]e|[Ll]a|[Jj]usque) {Regex.Escape(word)}"))
                {
                    problems.Add($"{key}: no elision before {name}: {text}");
                }
            }

            // "de le"/"à les" before a verb is a pronoun ("demandez-lui de le débloquer"); before a value it is an article.
            if (Contractible().Match(Table(table).Find(French, key)!) is { Success: true } pair)
            {
                problems.Add($"{key}: “{pair.Value}” should be contracted (au, aux, du, des)");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryFrenchString_WithCounts_HasNoPluralMarkersNorPluralAfterOne(string table)
    {
        var problems = new List<string>();
        foreach (var key in Keys(table))
        {
            var template = Table(table).Find(French, key)!;
            if (PluralMarker().IsMatch(template))
            {
                problems.Add($"{key}: “(s)”-style plural: {template}");
            }

            if (FixedLimits.Contains(key))
            {
                continue;
            }

            foreach (var index in PlaceholderIndexes(template))
            {
                var one = Render(table, key, template, i => i == index ? 1 : null);
                var two = Render(table, key, template, i => i == index ? 2 : null);
                problems.AddRange(PluralAfterOne(one, two).Select(word => $"{key}: “1 … {word}” is plural: {one}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryFrenchString_HasNoEnglishValueNorEnumName(string table)
    {
        var problems = RenderAll(table, _ => null)
            .SelectMany(r => EnglishValues.Where(v => r.Text.Contains(v, StringComparison.Ordinal)).Select(v => $"{r.Key}: “{v}”: {r.Text}"))
            .ToArray();

        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PluralCheck_FindsAnAgreementAfterOne_AndAcceptsTheSingular()
    {
        Assert.NotEmpty(PluralAfterOne("1 étapes terminées sur 3.", "2 étapes terminées sur 3."));
        Assert.NotEmpty(PluralAfterOne("1 étape terminées sur 3.", "2 étapes terminées sur 3."));
        Assert.Empty(PluralAfterOne("1 étape terminée sur 3.", "2 étapes terminées sur 3."));
        Assert.Empty(PluralAfterOne("vers 1 pays", "vers 2 pays"));
    }

    /// <summary>Words after "1 " that keep the plural the 2-rendering has: the noun itself, or a participle or adjective after it.</summary>
    private static IEnumerable<string> PluralAfterOne(string one, string two)
    {
        foreach (Match match in AfterOne().Matches(one))
        {
            var noun = match.Groups[1].Value;
            if (noun.Contains('’', StringComparison.Ordinal) || noun.Contains('\'', StringComparison.Ordinal) || Names.Contains(noun))
            {
                continue; // "le numéro 1 d’Alex": the number is not a count
            }

            if (IsPlural(noun) && !Invariable.Contains(noun) && two.Contains("2 " + noun, StringComparison.Ordinal))
            {
                yield return noun;
            }

            var next = match.Groups[2].Value;
            if (next.Length > 0 && !Invariable.Contains(next) && !IsArticle(next) && Regex.IsMatch(next, "(?:é|ée|ie|ue|ts|te)s$"))
            {
                yield return next;
            }
        }
    }

    private static bool IsPlural(string word) => word.Length > 2 && (word.EndsWith('s') || word.EndsWith('x'));

    private static bool IsArticle(string word) => word is "les" or "des" or "mes" or "tes" or "ses" or "ces";

    private static IEnumerable<(string Key, string Text)> RenderAll(string table, Func<int, int?> count) =>
        Keys(table).Select(key => (key, Render(table, key, Table(table).Find(French, key)!, count)));

    private static IEnumerable<string> Keys(string table) =>
        Table(table).Names(French).Where(k => !k.EndsWith(Plurals.OneSuffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string Render(string table, string key, string template, Func<int, int?> count)
    {
        var indexes = PlaceholderIndexes(template);
        if (indexes.Count == 0)
        {
            return template;
        }

        var args = Enumerable.Range(0, indexes.Max() + 1)
            .Select(i => count(i) is { } n ? (object)n : Names[i % Names.Length])
            .ToArray();
        return Table(table).Find(French, key, args)!;
    }

    private static IReadOnlyList<int> PlaceholderIndexes(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToArray();

    private static StringTable Table(string name) => name switch
    {
        "core" => Error.Messages,
        "cards" => CardText.Table,
        "teamsapp" => ChatPhone.Bot.TeamsApp.TeamsAppText.Table,
        "playground" => ChatPhone.Bot.Playground.PlaygroundText.Table,
        "proactive" => ChatPhone.Bot.Proactive.ProactiveText.Table,
        _ => BotText.Table,
    };

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<!\p{L})(?:[àÀ]|[Dd]e) les? (?:\{\d|[A-ZÉ]\p{L})")]
    private static partial Regex Contractible();

    [GeneratedRegex(@"\p{L}\((?:s|x|e|es|le|ne)\)")]
    private static partial Regex PluralMarker();

    [GeneratedRegex(@"(?<![\d,.\p{L}])1 (\p{L}[\p{L}’'-]*)(?: (\p{L}+))?")]
    private static partial Regex AfterOne();
}
