using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Cards.Licensing;
using ChatPhone.Cards.ResourceAccounts;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>What a sentence asks to change on a resource account.</summary>
public abstract record ResourceAccountChange
{
    /// <summary>A new display name.</summary>
    public sealed record Rename(string DisplayName) : ResourceAccountChange;

    /// <summary>Serve this auto attendant or call queue.</summary>
    public sealed record Link(string TargetId, string TargetName) : ResourceAccountChange;

    /// <summary>Give the number back to the inventory (unassigned), as Teams needs before a removal.</summary>
    public sealed record ReleaseNumber : ResourceAccountChange;

    /// <summary>Serve nothing any more.</summary>
    public sealed record Unlink : ResourceAccountChange;

    /// <summary>Hold this license (the free Resource Account license unless Phone System is named).</summary>
    public sealed record License(Sku Sku) : ResourceAccountChange;

    /// <summary>The sentence asks something that cannot be planned; the reason, in the reader's language.</summary>
    public sealed record Refused(string Reason) : ResourceAccountChange;
}

/// <summary>
/// Reads "rename … to Ventes", "link … to the Support queue", "unlink …", "license …" in English and French. The part
/// after the account's own name is what is read, so the account's name is never taken for the new name or the target.
/// </summary>
public static partial class ResourceAccountChanges
{
    /// <summary>True when the sentence asks to take the account's number away ("release the number of …", "retire le numéro du …").</summary>
    public static bool AsksToReleaseNumber(string text) =>
        TextFolding.Fold(text) is var folded && NumberWords().IsMatch(folded) && ReleaseWords().IsMatch(folded);

    /// <summary>True when the sentence begins with a change verb ("license …", "link …", "renomme …"): the intent model may read those as "show".</summary>
    public static bool AsksForChange(string text) => ChangeVerb().IsMatch(TextFolding.Fold(text));

    /// <summary>What <paramref name="text"/> asks to change on <paramref name="account"/>; null when it asks nothing readable (the form is sent).</summary>
    public static async Task<ResourceAccountChange?> ReadAsync(
        FlowTurn turn, ResourceAccount account, NamedObject target, string text, ResourceAccountViews views, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var language = turn.Language;
        var folded = TextFolding.Fold(text);
        var rest = After(text, target);
        if (AsksToReleaseNumber(text))
        {
            return new ResourceAccountChange.ReleaseNumber();
        }

        if (UnlinkWords().IsMatch(folded))
        {
            return account.AssociatedWith is null
                ? new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_NotLinked", account.DisplayName))
                : new ResourceAccountChange.Unlink();
        }

        if (LinkWords().IsMatch(folded))
        {
            return await LinkAsync(turn, account, rest, views, cancellationToken);
        }

        if (LicenseWords().IsMatch(folded))
        {
            var sku = Vocabulary.Skus.FindAll(folded).Select(h => h.Value).FirstOrDefault(ResourceAccountRules.IsResourceAccountLicense, Sku.ResourceAccount);
            return account.License == sku
                ? new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_AlreadyLicensed", account.DisplayName, SkuText.Name(sku, language)))
                : new ResourceAccountChange.License(sku);
        }

        if (RenameWords().IsMatch(folded))
        {
            var name = NewName().Match(rest) is { Success: true } m ? m.Groups["name"].Value.Trim().Trim('"', '“', '”', '«', '»', '\'', '.', '!', ' ', '\u00a0') : string.Empty;
            return name.Length == 0
                ? new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_RenameHow", account.DisplayName))
                : new ResourceAccountChange.Rename(name);
        }

        return null;
    }

    private static async Task<ResourceAccountChange> LinkAsync(
        FlowTurn turn, ResourceAccount account, string rest, ResourceAccountViews views, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var apps = await views.AppsAsync(turn.Actor, cancellationToken);
        var named = ObjectMentions.Find(rest, apps.Select(a => new NamedObject(a.Id, a.Name)))
            .Select(o => apps.First(a => a.Id == o.Id))
            .ToArray();
        var fitting = named.Where(a => a.Kind == account.Kind).ToArray();
        var offered = string.Join(", ", apps.Where(a => a.Kind == account.Kind).Select(a => a.Name).Order(StringComparer.CurrentCultureIgnoreCase));
        return (named.Length, fitting.Length) switch
        {
            (0, _) => new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_LinkWhich", account.DisplayName, offered.Length == 0 ? "—" : offered)),
            (_, 0) => new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_LinkWrongKind", account.DisplayName, named[0].Name,
                ResourceAccountCards.Type(account.Kind, language))),
            (_, 1) => new ResourceAccountChange.Link(fitting[0].Id, fitting[0].Name),
            _ => new ResourceAccountChange.Refused(BotText.Get(language, "RaObject_LinkWhich", account.DisplayName, string.Join(", ", fitting.Select(a => a.Name)))),
        };
    }

    // The text after the first place it names the account (its name, UPN or UPN's local part), or all of it.
    private static string After(string text, NamedObject target)
    {
        var hits = target.Aliases.Prepend(target.Name)
            .Where(n => n.Length > 0)
            .Select(n => (Name: n, At: text.IndexOf(n, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.At >= 0)
            .OrderBy(h => h.At)
            .ThenByDescending(h => h.Name.Length)
            .ToArray();
        return hits.Length == 0 ? text : text[(hits[0].At + hits[0].Name.Length)..];
    }

    [GeneratedRegex(@"^(please |s'il (te|vous) plait,? )?(licen[cs]\w*|link|associate|attach|connect|rename|renomme\w*|associe\w*|relie\w*|lie[rz]?|rattache\w*|unlink|dissocie\w*|detache\w*|give|assign|attribue\w*|donne\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"\b(numbers?|numeros?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NumberWords();

    [GeneratedRegex(@"\b(remove|release|unassign|free|take|retire\w*|libere\w*|enleve\w*|desattribue\w*|supprime\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ReleaseWords();

    [GeneratedRegex(@"\b(unlink|disassociate|detach|disconnect|dissocie\w*|detache\w*|delie\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UnlinkWords();

    [GeneratedRegex(@"\b(link|associate|attach|connect|lie[rz]?|relie\w*|associe\w*|rattache\w*|branche\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LinkWords();

    [GeneratedRegex(@"\blicen[cs]\w*\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LicenseWords();

    [GeneratedRegex(@"\b(rename|renomme\w*|name|nom|appelle\w*|call it)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex RenameWords();

    [GeneratedRegex(@"\s(?:to|en|as|into|:|->|→)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex NewName();
}
