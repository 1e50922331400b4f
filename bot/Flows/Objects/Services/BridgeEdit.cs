using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatPhone.Core.Conferencing;

namespace ChatPhone.Bot.Flows.Objects.Services;

/// <summary>
/// What one change of the conferencing bridge sets (null: unchanged), from a sentence or the edit form: its name, its
/// default toll number, a number to put on it, a number to take off, and the tenant settings callers notice (PIN length,
/// entry/exit announcements, name recording). It travels in the plan's slots.
/// </summary>
internal sealed record BridgeEdit
{
    private const string Prefix = "bridge.";

    public string? Name { get; init; }

    public string? DefaultNumber { get; init; }

    public string? AddNumber { get; init; }

    public string? RemoveNumber { get; init; }

    public int? PinLength { get; init; }

    public bool? Announcements { get; init; }

    public bool? NameRecording { get; init; }

    public bool IsEmpty => this == new BridgeEdit();

    /// <summary>What <paramref name="text"/> asks of <paramref name="bridge"/>.</summary>
    public static BridgeEdit Read(string text, ConferenceBridge bridge)
    {
        var numbers = ServiceSentence.Numbers(text);
        var removes = ServiceSentence.Has(text, "remove", "unassign", "take off", "drop", "retire", "retirer", "enleve", "enlever", "desattribue", "supprime");
        var makesDefault = ServiceSentence.Has(text, "default", "defaut", "par defaut", "principal", "main");
        string? add = null, remove = null, @default = null;
        foreach (var number in numbers)
        {
            var onBridge = bridge.Find(number) is not null;
            if (onBridge && removes && !makesDefault)
            {
                remove ??= number;
            }
            else if (onBridge)
            {
                @default ??= number;
            }
            else
            {
                add ??= number;
                @default ??= makesDefault ? number : null;
            }
        }

        var pin = ServiceSentence.AmountAfter(text, "pin", "pin length", "code pin", "longueur du pin", "longueur du code pin");
        var announces = ServiceSentence.Has(text, "announcement", "announcements", "entry", "exit", "annonce", "annonces", "entree", "entrees", "sortie", "sorties");
        var records = ServiceSentence.Has(text, "name recording", "record names", "record their name", "enregistrement du nom", "enregistrement des noms", "enregistrer le nom");
        bool? OnOff() => ServiceSentence.TurnsOff(text) ? false : ServiceSentence.TurnsOn(text) ? true : null;
        return new BridgeEdit
        {
            Name = ServiceSentence.NewName(text),
            DefaultNumber = @default,
            AddNumber = add,
            RemoveNumber = remove,
            PinLength = pin is { } p && p == decimal.Truncate(p) && p < 100 ? (int)p : null,
            Announcements = announces && !records ? OnOff() : null,
            NameRecording = records ? OnOff() : null,
        };
    }

    /// <summary>Only what differs from the bridge and settings as they are.</summary>
    public BridgeEdit Against(ConferenceBridge bridge, ConferencingSettings settings) => new()
    {
        Name = Name is { } name && name != bridge.Name ? name : null,
        DefaultNumber = DefaultNumber is { } number && number != bridge.DefaultNumber ? number : null,
        AddNumber = AddNumber is { } add && bridge.Find(add) is null ? add : null,
        RemoveNumber = RemoveNumber is { } remove && bridge.Find(remove) is not null ? remove : null,
        PinLength = PinLength is { } pin && pin != settings.PinLength ? pin : null,
        Announcements = Announcements is { } on && on != settings.EnableEntryExitNotifications ? on : null,
        NameRecording = NameRecording is { } record && record != settings.EnableNameRecording ? record : null,
    };

    /// <summary>A short hash of everything an edit is planned against: a plan confirmed after any of it changed is refused.</summary>
    public static string Fingerprint(ConferenceBridge bridge, ConferencingSettings settings)
    {
        var text = new StringBuilder()
            .Append(bridge.Name).Append('|').Append(bridge.DefaultNumber).Append('|')
            .AppendJoin(',', bridge.Numbers.Select(n => n.Number).Order(StringComparer.Ordinal)).Append('|')
            .Append(settings.PinLength.ToString(CultureInfo.InvariantCulture)).Append(settings.EnableEntryExitNotifications).Append(settings.EnableNameRecording)
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    public Dictionary<string, string> ToSlots()
    {
        var slots = new Dictionary<string, string>();
        void Put(string name, string? value)
        {
            if (value is not null)
            {
                slots[Prefix + name] = value;
            }
        }

        Put("name", Name);
        Put("default", DefaultNumber);
        Put("add", AddNumber);
        Put("remove", RemoveNumber);
        Put("pin", PinLength?.ToString(CultureInfo.InvariantCulture));
        Put("announce", Announcements is { } a ? (a ? "true" : "false") : null);
        Put("record", NameRecording is { } r ? (r ? "true" : "false") : null);
        return slots;
    }

    public static BridgeEdit FromSlots(IReadOnlyDictionary<string, string> slots)
    {
        string? Get(string name) => slots.GetValueOrDefault(Prefix + name);
        return new BridgeEdit
        {
            Name = Get("name"),
            DefaultNumber = Get("default"),
            AddNumber = Get("add"),
            RemoveNumber = Get("remove"),
            PinLength = Get("pin") is { } pin ? int.Parse(pin, CultureInfo.InvariantCulture) : null,
            Announcements = Get("announce") is { } a ? a == "true" : null,
            NameRecording = Get("record") is { } r ? r == "true" : null,
        };
    }
}
