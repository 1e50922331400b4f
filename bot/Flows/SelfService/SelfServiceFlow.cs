using ChatPhone.Bot.Flows.Common;
using System.Globalization;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.SelfService;

namespace ChatPhone.Bot.Flows.SelfService;

/// <summary>
/// Every person, about their own phone: "what's my emergency address?", "what are my licenses?" (with the
/// Calling Plan minutes left in their country's pool), "what are my dial-in numbers?". Numbers in E.164 and
/// in the national format. "What licenses does Oliver have?" read as one's own question shows Oliver's (see <see cref="PersonLicensesFlow"/>).
/// </summary>
public sealed class SelfServiceFlow(MyPhoneQuery myPhone, LicensingService licensing, PersonLicensesFlow person) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.MyEmergencyAddress, IntentKind.MyLicenses, IntentKind.MyDialIn];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Kind == IntentKind.MyLicenses && await person.TryShowAsync(turn, intent, cancellationToken))
        {
            return;
        }

        var phone = await myPhone.RunAsync(turn.Actor, cancellationToken);
        if (!phone.IsSuccess)
        {
            await turn.SendTextAsync(phone.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var text = intent.Kind switch
        {
            IntentKind.MyEmergencyAddress => Addresses(phone.Value, turn.Language),
            IntentKind.MyLicenses => await LicensesAsync(turn, phone.Value, cancellationToken),
            _ => DialIn(phone.Value.DialIn, turn.Language),
        };
        await turn.SendTextAsync(text, cancellationToken);
    }

    private static string Addresses(MyPhone phone, Language language)
    {
        if (phone.Lines.Count == 0)
        {
            return T(language, "My_NoNumberNoAddress");
        }

        return string.Join("\n\n", phone.Lines.Select(line => line.EmergencyAddress is { } address
            ? T(language, line.LocationName is { Length: > 0 } place ? "My_AddressAt" : "My_Address", Number(line.Number), address, DisplayNames.LocationName(line.LocationName ?? string.Empty, language))
            : T(language, "My_AddressMissing", Number(line.Number))));
    }

    private async Task<string> LicensesAsync(FlowTurn turn, MyPhone phone, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (phone.Licenses.Count == 0)
        {
            return T(language, "My_NoLicenses");
        }

        var lines = new List<string> { T(language, "My_Licenses", SkuText.List(phone.Licenses, language)) };
        var plan = phone.Licenses.Where(s => s.IsCallingPlan()).Cast<Sku?>().FirstOrDefault();
        lines.Add(plan is { } calling
            ? T(language, "My_CallingPlan", SkuText.Name(calling, language), phone.UsageLocation ?? "?")
            : T(language, "My_NoCallingPlan"));
        if (plan is not null && phone.UsageLocation is { } country)
        {
            var pool = await licensing.MinutePoolAsync(turn.Actor, country, cancellationToken);
            if (pool.IsSuccess && pool.Value.Total > 0)
            {
                var culture = language.Culture();
                lines.Add(T(language, "My_Minutes", pool.Value.Left.ToString("N0", culture), pool.Value.Total.ToString("N0", culture),
                    pool.Value.ResetsAt.UtcDateTime.ToString("d MMMM", culture)));
            }
        }

        return string.Join("\n\n", lines);
    }

    private static string DialIn(MyDialIn dialIn, Language language)
    {
        if (!dialIn.Organizer)
        {
            return T(language, "My_NoDialIn");
        }

        var lines = new List<string>();
        if (dialIn.TollNumber is { } toll)
        {
            lines.Add(T(language, "My_DialInToll", Number(toll)));
        }

        if (dialIn.TollFreeNumber is { } tollFree)
        {
            lines.Add(T(language, "My_DialInTollFree", Number(tollFree)));
        }

        var others = dialIn.BridgeNumbers.Except([dialIn.TollNumber, dialIn.TollFreeNumber]).OfType<string>().ToArray();
        if (others.Length > 0)
        {
            lines.Add(T(language, "My_DialInOthers", string.Join(", ", others.Select(Number))));
        }

        return lines.Count == 0 ? T(language, "My_DialInNoNumber") : string.Join("\n\n", lines);
    }

    private static string Number(string e164) =>
        E164Number.TryParse(e164) is { IsSuccess: true } parsed ? $"{e164} ({parsed.Value.National()})" : e164;

    private static string T(Language language, string name, params object[] args) => BotText.Get(language, name, args);
}
