using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Cards.ResourceAccounts;

/// <summary>The resource account cards: the list (one line and a Show button per account), the detail card and the edit form.</summary>
public static class ResourceAccountCards
{
    /// <summary>How many accounts the list shows before "…and N more" (each line is about 600 bytes; the card stays far under 28 KB).</summary>
    public const int MaxListed = 25;

    /// <summary>Every account: name, UPN, type, what it serves, its number and license, and a Show button from <paramref name="show"/>.</summary>
    public static AdaptiveCard List(IReadOnlyList<ResourceAccountView> accounts, Func<ResourceAccount, CardAction> show, Language language)
    {
        var body = new List<CardElement>
        {
            new TextBlock(T(language, "ResourceAccounts_ListTitle", accounts.Count)) { Size = TextSize.Medium, Bolder = true },
        };
        foreach (var view in accounts.Take(MaxListed))
        {
            var account = view.Account;
            var line = string.Join(" · ", Type(account.Kind, language), Serves(view, language), account.Number ?? T(language, "ResourceAccount_NoNumber"), License(account, language));
            body.Add(new Container(
            [
                new ColumnSet(
                [
                    new Column(
                    [
                        new TextBlock(CardLists.Clip(account.DisplayName, 80)) { Bolder = true },
                        new TextBlock(account.Upn) { Subtle = true },
                        new TextBlock(line),
                    ]),
                    new Column([new ActionSet([show(account)])]) { Width = ColumnWidth.Auto },
                ]),
            ]) { Separator = true });
        }

        if (accounts.Count > MaxListed)
        {
            body.Add(CardLists.More(accounts.Count - MaxListed, language));
            body.Add(new TextBlock(T(language, "ResourceAccounts_ListMoreHint")) { Subtle = true });
        }

        return new AdaptiveCard(body, []);
    }

    /// <summary>The detail card: every field core keeps, notes when it has no license or no number, and <paramref name="actions"/>.</summary>
    public static AdaptiveCard Detail(ResourceAccountView view, IReadOnlyList<CardAction> actions, Language language)
    {
        var account = view.Account;
        var facts = new List<Fact>
        {
            new(T(language, "ResourceAccount_DisplayName"), account.DisplayName),
            new(T(language, "ResourceAccount_Upn"), account.Upn),
            new(T(language, "ResourceAccount_Type"), Type(account.Kind, language)),
            new(T(language, "ResourceAccount_ApplicationId"), account.ApplicationId),
            new(T(language, "ResourceAccount_License"), License(account, language)),
            new(T(language, "ResourceAccount_Number"), account.Number ?? T(language, "ResourceAccount_NoNumber")),
            new(T(language, "ResourceAccount_Serves"), Serves(view, language)),
            new(T(language, "ResourceAccount_CallPriority"), account.CallPriority.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(T(language, "ResourceAccount_Created"), account.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var notes = new List<string>();
        if (!account.IsLicensed)
        {
            notes.Add(T(language, "ResourceAccount_NoteNoLicense"));
        }

        if (account.Number is null)
        {
            notes.Add(T(language, "ResourceAccount_NoteNoNumber"));
        }

        return DetailCard.Build(
            new DetailSummary(T(language, "ResourceAccount_DetailTitle", account.DisplayName), facts, actions) { Notes = notes },
            language);
    }

    /// <summary>The edit form: the display name, prefilled with today's, and a Save button that leads to the plan card.</summary>
    public static AdaptiveCard Edit(ResourceAccount account, Language language)
    {
        var save = new CardAction(
            T(language, "ResourceAccount_EditSave"),
            ResourceAccountActionPayload.Verb,
            CardPayloads.Write(new ResourceAccountActionPayload(ResourceAccountActionPayload.Rename, account.Id, account.DisplayName)))
        {
            Primary = true,
        };
        return new AdaptiveCard(
        [
            new TextBlock(T(language, "ResourceAccount_EditTitle", account.DisplayName)) { Size = TextSize.Medium, Bolder = true },
            new TextBlock(account.Upn) { Subtle = true },
            new InputText(ResourceAccountActionPayload.DisplayNameInput, T(language, "ResourceAccount_DisplayName"))
            {
                Value = account.DisplayName,
                MaxLength = ResourceAccountRules.MaxDisplayNameLength,
                IsRequired = true,
                ErrorMessage = T(language, "ResourceAccount_DisplayNameRequired"),
            },
            new ActionSet([save]),
        ], []);
    }

    /// <summary>"Call queue" or "Auto attendant".</summary>
    public static string Type(ResourceAccountKind kind, Language language) =>
        T(language, kind == ResourceAccountKind.CallQueue ? "ResourceAccount_TypeCallQueue" : "ResourceAccount_TypeAutoAttendant");

    /// <summary>The license's name, or "no license".</summary>
    public static string License(ResourceAccount account, Language language) =>
        account.License is { } sku ? SkuText.Name(sku, language) : T(language, "ResourceAccount_NoLicense");

    private static string Serves(ResourceAccountView view, Language language) =>
        view.Account.AssociatedWith is null ? T(language, "ResourceAccount_ServesNothing")
        : view.ServesName ?? view.Account.AssociatedWith;

    private static string T(Language language, string name, params object[] args) => CardText.Get(language, name, args);
}
