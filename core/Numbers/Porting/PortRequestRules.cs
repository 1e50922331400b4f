using System.Net.Mail;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>The wizard's rules on the fields of a port request, and the choice between wizard and service request. Pure.</summary>
public static class PortRequestRules
{
    /// <summary>The most numbers the wizard takes; more need a service request.</summary>
    public const int WizardMaxNumbers = 999;

    /// <summary>The most numbers one request may list (keeps documents a sane size).</summary>
    public const int MaxNumbers = 10_000;

    /// <summary>Company names are cut to this many characters, spaces included.</summary>
    public const int CompanyNameLength = 25;

    /// <summary>Authorizing persons are cut to this many characters.</summary>
    public const int AuthorizingPersonLength = 15;

    /// <summary>Longest accepted text field.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>Trims and cuts <paramref name="text"/> to <paramref name="length"/> characters.</summary>
    public static string Truncate(string? text, int length)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }

    /// <summary>The first rule the fields break, or null; <paramref name="today"/> is the date in US Eastern time.</summary>
    public static Error? Fields(PortRequest r, DateOnly today)
    {
        foreach (var (name, value) in new[]
                 {
                     ("AccountNumber", r.AccountNumber), ("BillingTelephoneNumber", r.BillingTelephoneNumber), ("CompanyName", r.CompanyName),
                     ("AuthorizingPerson", r.AuthorizingPerson), ("ServiceAddress", r.ServiceAddress), ("City", r.City), ("State", r.State),
                     ("Zip", r.Zip), ("LosingCarrier", r.LosingCarrier), ("LoaSignature", r.LoaSignature),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return new Error("port.field_required", name);
            }

            if (value.Length > MaxFieldLength)
            {
                return new Error("port.field_too_long", name, MaxFieldLength);
            }
        }

        if (r.PinToUnblock?.Length > MaxFieldLength)
        {
            return new Error("port.field_too_long", "PinToUnblock", MaxFieldLength);
        }

        var btn = r.BillingTelephoneNumber.Trim();
        if (!btn.StartsWith('+') || !E164Number.TryParse(btn).IsSuccess)
        {
            return new Error("port.btn_invalid", btn);
        }

        if (!r.LoaAccepted)
        {
            return new Error("port.loa_not_accepted");
        }

        // The signature box has the same 15-character limit as the authorizing person.
        var person = Truncate(r.AuthorizingPerson, AuthorizingPersonLength);
        if (!Truncate(r.LoaSignature, AuthorizingPersonLength).Equals(person, StringComparison.OrdinalIgnoreCase))
        {
            return new Error("port.loa_signature_mismatch", r.LoaSignature.Trim(), person);
        }

        if (r.OtherPeopleToNotify?.FirstOrDefault(e => !IsEmail(e)) is { } badEmail)
        {
            return new Error("port.notify_email_invalid", badEmail);
        }

        if (r.TransferDate <= today)
        {
            return new Error("port.transfer_date_past", r.TransferDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!BusinessCalendar.IsBusinessDay(r.TransferDate))
        {
            return new Error("port.transfer_date_not_business_day", r.TransferDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return null;
    }

    /// <summary>
    /// One carrier and one number type per order; the BTN in the list iff the port is full. Returns the
    /// order's type and, when the wizard can't be used, why (more than 999 numbers, service or toll-free numbers).
    /// </summary>
    public static Result<(PortNumberKind Kind, Error? Why)> Plan(PortRequest r, IReadOnlyList<PortedNumber> numbers)
    {
        var carriers = numbers.Select(n => n.Carrier).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (carriers.Length > 1)
        {
            return new Error("port.mixed_carriers", string.Join(", ", carriers));
        }

        var kinds = numbers.Select(n => n.Kind).Distinct().ToArray();
        if (kinds.Length > 1)
        {
            return new Error("port.mixed_number_types", string.Join(", ", kinds));
        }

        if (E164Number.TryParse(r.BillingTelephoneNumber?.Trim()) is not { IsSuccess: true } parsedBtn)
        {
            return new Error("port.btn_invalid", r.BillingTelephoneNumber ?? string.Empty);
        }

        var btn = parsedBtn.Value.Value;
        var hasBtn = numbers.Any(n => n.Number == btn);
        if (r.PortType == PortType.Full && !hasBtn)
        {
            return new Error("port.full_requires_btn", btn);
        }

        if (r.PortType == PortType.Partial && hasBtn)
        {
            return new Error("port.partial_includes_btn", btn);
        }

        var kind = kinds[0];
        Error? why = kind switch
        {
            PortNumberKind.TollFree => new Error("port.manual.toll_free"),
            PortNumberKind.ServiceToll => new Error("port.manual.service_numbers", r.NumberType),
            _ when numbers.Count > WizardMaxNumbers => new Error("port.manual.too_many_numbers", numbers.Count, WizardMaxNumbers),
            _ => null,
        };
        return (kind, why);
    }

    /// <summary>EMEA numbers need a validated emergency address when they are ported in.</summary>
    public static Error? Emergency(PortRequest r, IReadOnlyList<PortedNumber> numbers, CivicAddress? address)
    {
        if (numbers.FirstOrDefault(n => EmergencyRegions.IsEmea(n.Region)) is not { } emea)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(r.CivicAddressId))
        {
            return new Error("port.emergency_address_required", emea.Number, emea.Region);
        }

        if (address is null)
        {
            return new Error("port.emergency_address_not_found", r.CivicAddressId);
        }

        return address.IsValidated ? null : new Error("port.emergency_address_not_validated", address.OneLine());
    }

    /// <summary>The stored details: trimmed, company and person truncated.</summary>
    public static PortDetails Details(PortRequest r) => new(
        r.AccountNumber.Trim(),
        E164Number.TryParse(r.BillingTelephoneNumber.Trim()).Value.Value,
        string.IsNullOrWhiteSpace(r.PinToUnblock) ? null : r.PinToUnblock.Trim(),
        Truncate(r.CompanyName, CompanyNameLength),
        Truncate(r.AuthorizingPerson, AuthorizingPersonLength),
        r.ServiceAddress.Trim(),
        r.City.Trim(),
        r.State.Trim(),
        r.Zip.Trim(),
        r.PortType,
        r.TransferDate,
        r.StartTime,
        Truncate(r.LoaSignature, AuthorizingPersonLength),
        r.LosingCarrier.Trim(),
        r.OtherPeopleToNotify?.Select(e => e.Trim()).ToArray() ?? []);

    private static bool IsEmail(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= MaxFieldLength
        && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim();
}
