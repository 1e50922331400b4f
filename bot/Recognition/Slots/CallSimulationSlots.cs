using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// "What happens when someone calls +33 1 80 00 00 00 on Sunday at 8 pm?", « que se passe-t-il si on appelle le standard
/// le 25 décembre ? », "press 1": a call to simulate. Read from the words alone, before the intent model: the number
/// dialled (<see cref="SlotNames.PhoneNumber"/>), when (<see cref="When"/>, local <c>yyyy-MM-ddTHH:mm</c>, with
/// <see cref="AtTime"/> set when a time of day was said), and the keys pressed in order (<see cref="Keys"/>).
/// </summary>
internal static partial class CallSimulationSlots
{
    /// <summary>Local date and time of the call.</summary>
    public const string When = "when";

    /// <summary>Set ("1") when the sentence gave a time of day, not only a day.</summary>
    public const string AtTime = "atTime";

    /// <summary>The keys pressed, in order, comma-separated ("1,2").</summary>
    public const string Keys = "keys";

    /// <summary>The hour a call said to happen on a day without a time is placed at.</summary>
    public static readonly TimeSpan DefaultHour = TimeSpan.FromHours(10);

    /// <summary>True when the sentence asks what a call would do, or only presses keys of a menu.</summary>
    public static bool Says(string folded) =>
        Simulate().IsMatch(folded) || (WhatHappens().IsMatch(folded) && (CallWords().IsMatch(folded) || KeyMention().IsMatch(folded)))
        || KeysOnly().IsMatch(folded.Trim()) || MomentOnly().IsMatch(folded.Trim());

    /// <summary>Reads the number, the moment and the keys.</summary>
    public static void Fill(SlotContext context)
    {
        var keys = KeyPresses(context.Folded);
        foreach (Match match in KeyMention().Matches(context.Folded))
        {
            context.Use(match.Index, match.Length);
        }

        context.Set(SlotNames.PhoneNumber, PhoneSlots.FindAll(context, null).FirstOrDefault());
        FillMoment(context);
        context.Set(Keys, keys.Count == 0 ? null : string.Join(',', keys));
    }

    /// <summary>The keys a sentence presses, in order: "press 1 then 2", « appuie sur 1 puis sur 3 ».</summary>
    public static IReadOnlyList<string> KeyPresses(string folded) =>
        [.. KeyMention().Matches(folded).SelectMany(m => m.Groups["k"].Captures.Select(c => c.Value))];

    // The first date or time the date-time model finds in what is left (numbers and keys are taken out first), the
    // next such moment when it is ambiguous ("Sunday at 8 pm" is the coming Sunday).
    private static void FillMoment(SlotContext context)
    {
        var model = context.Models.DateTime(context.Input.Culture);
        DateTime? day = null;
        TimeSpan? time = null;
        foreach (var result in context.Run(text => model is Microsoft.Recognizers.Text.DateTime.DateTimeModel dates ? dates.Parse(text, context.Now) : model.Parse(text), context.Unused()))
        {
            var values = result.Resolution?.GetValueOrDefault("values") is IEnumerable<Dictionary<string, string>> list ? list.ToArray() : [];
            var chosen = Soonest(AsTyped(values, result.Text), context.Now);
            var type = chosen.GetValueOrDefault("type");
            var value = chosen.GetValueOrDefault("value") ?? Middle(chosen.GetValueOrDefault("start"), chosen.GetValueOrDefault("end"));
            if (value is null)
            {
                continue;
            }

            if (type is "datetime" or "datetimerange" && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            {
                day ??= moment.Date;
                time ??= moment.TimeOfDay;
            }
            else if (type is "date" or "daterange" && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                day ??= date.Date;
            }
            else if (type is "time" or "timerange" && TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var clock))
            {
                time ??= clock;
            }
        }

        if (day is null && time is null)
        {
            return;
        }

        var at = (day ?? context.Now.Date) + (time ?? DefaultHour);
        context.Set(When, at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        context.Set(AtTime, time is null ? null : "1");
    }

    // "Sunday night", « samedi matin »: the whole hour in the middle of the range, where a call is most typical of it.
    private static string? Middle(string? start, string? end)
    {
        if (start is null || end is null)
        {
            return start;
        }

        if (DateTime.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateTime.TryParse(end, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) && to > from)
        {
            var middle = from + ((to - from) / 2);
            return new DateTime(middle.Year, middle.Month, middle.Day, middle.Hour, 0, 0).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        if (TimeSpan.TryParse(start, CultureInfo.InvariantCulture, out var clockFrom) && TimeSpan.TryParse(end, CultureInfo.InvariantCulture, out var clockTo) && clockTo > clockFrom)
        {
            var middle = clockFrom + ((clockTo - clockFrom) / 2);
            return TimeSpan.FromHours(Math.Floor(middle.TotalHours)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        }

        return start;
    }

    // "20 h", "at 9": of the readings, those whose hour is the number typed (the French model also offers 08:00 for "20 h").
    private static IReadOnlyList<Dictionary<string, string>> AsTyped(IReadOnlyList<Dictionary<string, string>> values, string text)
    {
        var typed = FirstNumber().Match(text);
        if (!typed.Success || !int.TryParse(typed.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            return values;
        }

        var matching = values.Where(v => DateTime.TryParse(v.GetValueOrDefault("value") ?? v.GetValueOrDefault("start"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && at.Hour == hour).ToArray();
        return matching.Length > 0 ? matching : values;
    }

    [GeneratedRegex(@"\d{1,2}(?=\s*(?:h|:|heures?|am|pm|o'clock)\b|\s*h\d)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex FirstNumber();

    // Of the readings of an ambiguous moment ("Sunday": last or next; "at 9": 9:00 or 21:00), the first still to come.
    private static Dictionary<string, string> Soonest(IReadOnlyList<Dictionary<string, string>> values, DateTime now)
    {
        var dated = values
            .Select(v => (Value: v, At: DateTime.TryParse(v.GetValueOrDefault("value") ?? v.GetValueOrDefault("start"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (DateTime?)null))
            .ToArray();
        return dated.Where(d => d.At >= now).OrderBy(d => d.At).Select(d => d.Value).FirstOrDefault() ?? values.LastOrDefault() ?? [];
    }

    [GeneratedRegex(@"\b(simulate|simulates|simulating|simulation|simule|simuler|simulez|test call|trace a call|trace the call|walk me through a call|teste un appel|testez un appel|tester un appel|trace un appel|tracer un appel)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Simulate();

    [GeneratedRegex(@"\b(what (happens|would happen|will happen|happened)|where (does|do|would|will)\b[^?]*\b(go|goes|end up|ends up|land|lands)|se passe|se passera|se passerait|ou (va|vont|aboutit|aboutissent|arrive|arrivent|finit|finissent) (un |l'|les )?appels?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex WhatHappens();

    [GeneratedRegex(@"\b(call|calls|called|calling|caller|rings|dial|dials|dialled|dialed|phones|appel|appels|appelle|appellent|appelait|appelant|compose|composent|sonne)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CallWords();

    // "press 1", "presses 1 then 2", « appuie sur la touche 1 puis sur 3 », « tape 2 », "key 3", « touche 0 ».
    [GeneratedRegex(@"\b(?:press|presses|pressed|pressing|dial|dials|hit|hits|push|pushes|choose|chooses|appuie|appuies|appuient|appuyez|appuyer|appuyant|tape|tapes|tapent|tapez|taper|compose|composes|composez|choisit|choisis|key|touche)\s+(?:sur\s+)?(?:la\s+|the\s+)?(?:touche\s+|key\s+)?(?<k>[0-9*#])(?![0-9])(?:\s*(?:,|then|and then|and|puis|et|ensuite|et puis)\s*(?:press\s+|presses\s+|sur\s+|appuie sur\s+|tape\s+)?(?:la\s+|the\s+)?(?:touche\s+|key\s+)?(?<k>[0-9*#])(?![0-9]))*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex KeyMention();

    // "and on Sunday at 11pm?", "what about Christmas?", « et le 25 décembre à 10 h ? », « et si c’est dimanche soir ? »:
    // the same call at another moment. Short, opened by a follow-up word, and naming a day or a time.
    [GeneratedRegex(@"^(?:and|what about|how about|and what about|and if it'?s|and if it is|and if they call|and if someone calls|et|et pour|et si c'est|et si on appelle|et si l'on appelle|et si quelqu'un appelle)\b(?!\s+(?:add|adds|create|set|make|change|remove|delete|assign|buy|order|open|close|rename|list|show|ajoute|ajouter|cree|creer|mets|mettre|modifie|modifier|supprime|supprimer|retire|retirer|attribue|attribuer|achete|acheter|commande|ouvre|ferme|renomme|liste|montre|affiche)\b)(?=[^?!.]{0,60}\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|tomorrow|tonight|aujourd'hui|demain|ce soir|cette nuit|noon|midnight|midi|minuit|christmas|noel|new year'?s?( day| eve)?|nouvel an|jour de l'an|week-?end|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|morning|afternoon|evening|night|matin|apres-midi|soir|nuit|\d{1,2}\s*(?:h|am|pm|o'clock|heures?)|\d{1,2}:\d{2})\b)[^?!.]{0,45}[?!.]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex MomentOnly();

    [GeneratedRegex(@"^(?:and\s+|et\s+|then\s+|puis\s+|ok\s+|okay\s+)?(?:what\s+if\s+|and\s+if\s+|if\s+|et\s+si\s+|si\s+)?(?:i\s+|we\s+|they\s+|you\s+|the caller\s+|someone\s+|somebody\s+|on\s+|je\s+|j'|l'appelant\s+|quelqu'un\s+|il\s+|elle\s+)?(?:now\s+|maintenant\s+)?(?:press|presses|pressed|dial|hit|push|choose|appuie|appuies|appuyez|appuyer|tape|tapes|tapez|taper|compose|composes|composez|choisis|choisit|key|touche)\s+(?:sur\s+)?(?:la\s+|the\s+)?(?:touche\s+|key\s+)?[0-9*#](?:\s*(?:,|then|and then|and|puis|et|ensuite)\s*(?:sur\s+)?(?:la\s+)?(?:touche\s+)?[0-9*#])*\s*(?:instead|plutot|a la place)?\s*[?!.]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex KeysOnly();
}
