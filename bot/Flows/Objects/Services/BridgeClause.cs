using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// One clause of a conferencing sentence (see <see cref="BridgeSentence"/>), read in English and French into the edit:
/// the languages of a number, the invite customisation, a provider, the numbers on an organizer's invites, the
/// toll-free number on every invite, the tenant settings, and the bridge's own numbers. Quoted text and links were
/// replaced by tokens (<c>zzq0zz</c>, <c>zzu1zz</c>) whose text is in <paramref name="pieces"/>.
/// </summary>
internal sealed partial class BridgeClause(string clause, IReadOnlyList<string> pieces, ConferenceBridge bridge, IReadOnlyList<BridgePerson> people)
{
    private readonly string _words = " " + ServiceSentence.Words(clause) + " ";

    public BridgeEdit Read(BridgeEdit edit)
    {
        if (ServiceSentence.NewName(Unmasked()) is { } name)
        {
            return edit with { Name = name };
        }

        var numbers = ServiceSentence.Numbers(clause);
        if (Is(LanguageWords()))
        {
            return Languages(edit, numbers);
        }

        if (Invite(edit) is { } invite)
        {
            return invite;
        }

        var persons = Persons();
        if (Is(ProviderWords()) && !Is(ReplaceWords()))
        {
            var third = Is(ThirdPartyWords());
            return edit with
            {
                ThirdPartyProvider = edit.ThirdPartyProvider || third,
                Organizers = [.. edit.Organizers, .. third ? [] : persons.Select(p => new OrganizerEdit(UserId.Parse(p.UserId), ConferencingProvider.Microsoft))],
            };
        }

        if (persons.Count > 0 && numbers.Count > 0)
        {
            return edit with { Organizers = [.. edit.Organizers, .. persons.Select(p => OrganizerNumbers(p, numbers))] };
        }

        if (Is(TollFreeWords()) && Is(InviteContext()) && TollFree(edit, numbers) is { } free)
        {
            return free;
        }

        if (persons.Count == 0 && numbers.Count == 2 && Is(MoveOrganizerWords()) && !Is(DefaultWords()))
        {
            // "move the organizers from A to B", « déplace les organisateurs vers B depuis A »: the bridge default stays.
            var backwards = Index(ToWords()) is { } toAt && Index(FromWords()) is { } fromAt && toAt < fromAt;
            return edit with { MoveFrom = numbers[backwards ? 1 : 0], MoveTo = numbers[backwards ? 0 : 1] };
        }

        return Numbers(Settings(edit), numbers);
    }

    private int? Index(Regex words) => words.Match(_words) is { Success: true } match ? match.Index : null;

    private BridgeEdit Languages(BridgeEdit edit, IReadOnlyList<string> numbers)
    {
        var chosen = BridgeLanguageNames.Read(clause);
        var restore = chosen.Count == 0 && Is(RestoreWords());
        if (chosen.Count == 0 && !restore)
        {
            return edit;
        }

        var dedicated = bridge.Numbers.Where(n => !n.Shared).Select(n => n.Number).ToArray();
        var targets = numbers.Count > 0 ? numbers : dedicated.Length == 1 ? dedicated : [];
        var languages = restore ? null : new NumberLanguages(chosen[0], chosen.Skip(1).ToArray());
        return edit with
        {
            Languages = [.. edit.Languages, .. targets.Select(n => new NumberLanguagesEdit(n, languages))],
            LanguagesWithoutNumber = edit.LanguagesWithoutNumber || targets.Count == 0,
        };
    }

    // Each field word takes the first link or quoted text after it; a field named with nothing after it is cleared when the
    // clause says so (and the footer may be unquoted text after "to" / « en »). Null when the clause changes no field.
    private BridgeEdit? Invite(BridgeEdit edit)
    {
        var fields = new Dictionary<string, string?>();
        string? current = null;
        foreach (var word in _words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Field(word) is { } field)
            {
                current = field;
                fields.TryAdd(field, null);
            }
            else if (current is not null && fields[current] is null && Token().Match(word) is { Success: true } token)
            {
                fields[current] = pieces[int.Parse(token.Groups["i"].Value, CultureInfo.InvariantCulture)];
            }
        }

        var clears = Is(ClearWords());
        string? Value(string field) =>
            !fields.TryGetValue(field, out var value) ? null
            : value is not null ? value
            : field == "footer" && FooterText() is { } text ? text
            : clears && (field != "help" || Is(HelpField())) ? string.Empty
            : null;
        var help = Value("help");
        var legal = Value("legal");
        var footer = Value("footer");
        var logo = Value("logo");
        return help is null && legal is null && footer is null && logo is null
            ? null
            : edit with { HelpUrl = help ?? edit.HelpUrl, LegalUrl = legal ?? edit.LegalUrl, FooterText = footer ?? edit.FooterText, LogoUrl = logo ?? edit.LogoUrl };
    }

    private static string? Field(string word) => word switch
    {
        "help" or "aide" => "help",
        "legal" or "legale" or "legales" or "juridique" or "juridiques" or "terms" or "mentions" => "legal",
        "footer" or "pied" => "footer",
        "logo" => "logo",
        _ => null,
    };

    // An unquoted footer: what follows "to" / « en » / ":" after the footer word, up to the end of the clause.
    private string? FooterText() =>
        UnquotedFooter().Match(Unmasked()) is { Success: true } match && match.Groups["v"].Value.Trim() is { Length: > 0 } text && !Token().IsMatch(text)
            ? text
            : null;

    private OrganizerEdit OrganizerNumbers(BridgePerson person, IReadOnlyList<string> numbers)
    {
        string? Of(DialInKind kind) => numbers.FirstOrDefault(n => (bridge.Find(n)?.Kind ?? (Is(TollFreeWords()) ? DialInKind.TollFree : DialInKind.Toll)) == kind);
        return new OrganizerEdit(UserId.Parse(person.UserId), TollNumber: Of(DialInKind.Toll), TollFreeNumber: Of(DialInKind.TollFree));
    }

    private BridgeEdit? TollFree(BridgeEdit edit, IReadOnlyList<string> numbers)
    {
        if (numbers.Count > 0)
        {
            var number = numbers[0];
            return edit with { TollFreeDefault = number, AddNumber = bridge.Find(number) is null ? number : edit.AddNumber };
        }

        return Is(ClearWords()) ? edit with { ClearTollFreeDefault = true } : null;
    }

    private BridgeEdit Settings(BridgeEdit edit)
    {
        var pin = ServiceSentence.AmountAfter(clause, "pin", "pin length", "code pin", "longueur du pin", "longueur du code pin", "pins");
        var records = Is(RecordWords());
        var announces = Is(AnnounceWords());
        var tone = Is(ToneWords());
        var names = NameWords().IsMatch(RecordWords().Replace(_words, " "));
        var pstn = Is(PstnOnlyWords());
        var replace = Is(ReplaceWords()) && (Is(AcpWords()) || Is(AutomaticWords()));
        var masks = Is(MaskWords()) && !replace;
        return edit with
        {
            PinLength = pin is { } p && p == decimal.Truncate(p) && p < 100 ? (int)p : edit.PinLength,
            NameRecording = records ? OnOff(RecordWords()) ?? true : edit.NameRecording,
            Announcements = announces ? OnOff(AnnounceWords()) ?? edit.Announcements : edit.Announcements,
            AnnouncementType = announces && tone ? EntryExitAnnouncementsType.ToneOnly
                : announces && names ? EntryExitAnnouncementsType.UseNames
                : edit.AnnouncementType,
            Emails = Is(EmailWords()) ? OnOff(EmailWords()) ?? true : edit.Emails,
            PstnOnly = pstn ? OnOff(PstnOnlyWords()) ?? true : edit.PstnOnly,
            Masking = masks ? Masking() : edit.Masking,
            ReplaceAcp = replace ? OnOff(ReplaceWords()) ?? true : edit.ReplaceAcp,
            MoveOrganizers = Is(KeepOrganizers()) ? false : Is(MoveOrganizerWords()) ? true : edit.MoveOrganizers,
        };
    }

    private MaskPstnNumbersType Masking() =>
        Is(UnmaskWords()) || OnOff(MaskWords()) == false ? MaskPstnNumbersType.NoMasking
        : Is(ExternalWords()) ? MaskPstnNumbersType.MaskedForExternalUsers
        : MaskPstnNumbersType.MaskedForAllUsers;

    // The bridge's own numbers: one to take off, one to make the default, one to put on.
    private BridgeEdit Numbers(BridgeEdit edit, IReadOnlyList<string> numbers)
    {
        var removes = Is(RemoveWords());
        var makesDefault = Is(DefaultWords());
        foreach (var number in numbers)
        {
            var onBridge = bridge.Find(number) is not null;
            if (onBridge && removes && !makesDefault)
            {
                edit = edit with { RemoveNumber = edit.RemoveNumber ?? number };
            }
            else if (onBridge)
            {
                edit = edit with { DefaultNumber = edit.DefaultNumber ?? number };
            }
            else
            {
                edit = edit with { AddNumber = edit.AddNumber ?? number, DefaultNumber = edit.DefaultNumber ?? (makesDefault ? number : null) };
            }
        }

        return edit;
    }

    // On or off, read without the setting's own words (so "without the organizer" is no "off").
    private bool? OnOff(Regex setting)
    {
        var rest = setting.Replace(_words, " ");
        return OffWords().IsMatch(rest) ? false : OnWords().IsMatch(rest) ? true : null;
    }

    private IReadOnlyList<BridgePerson> Persons()
    {
        var found = people.Where(p => _words.Contains(" " + ServiceSentence.Words(p.DisplayName) + " ", StringComparison.Ordinal)).ToList();
        foreach (var group in people.GroupBy(p => ServiceSentence.Words(p.DisplayName).Split(' ')[0]).Where(g => g.Key.Length >= 3 && g.Count() == 1))
        {
            if (_words.Contains(" " + group.Key + " ", StringComparison.Ordinal) && !found.Contains(group.First()))
            {
                found.Add(group.First());
            }
        }

        return found;
    }

    private string Unmasked() => Token().Replace(clause, m => pieces[int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)]);

    private bool Is(Regex words) => words.IsMatch(_words);
}
