using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Objects.People;

/// <summary>
/// The people of the directory as objects, for helpdesk staff and admins: "list the people" / « liste les personnes de
/// l’annuaire » (the first <see cref="MaxListed"/> by name, with how many more), "show Alex Wilber" / « affiche Inès »
/// (sign-in name, usage location, department, ChatPhone role, licenses, numbers). People come from the directory import
/// or the Microsoft 365 sync, and change there: changing or removing one says so.
/// </summary>
public sealed class PersonHandler(IDirectoryStore directory, LicensingService licensing, IUserNumbers numbers) : IObjectHandler
{
    /// <summary>How many people the list names before "…and N more".</summary>
    public const int MaxListed = 50;

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.Person;

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role < Role.Helpdesk)
        {
            return CommandRunner.RoleError(Role.Helpdesk);
        }

        var people = await directory.ListAsync(actor.Tenant, cancellationToken);
        return people.Select(p => new NamedObject(p.AadObjectId, p.DisplayName, [p.Upn])).ToArray();
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Helpdesk).Describe(language), cancellationToken);
            return;
        }

        var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken))
            .OrderBy(p => p.DisplayName, StringComparer.Create(language.Culture(), CompareOptions.IgnoreCase)).ToArray();
        var facts = people.Take(MaxListed)
            .Select(p => new Fact(p.DisplayName, BotText.Get(language, "People_Line", p.Upn, p.UsageLocation, BotText.Get(language, "People_Role_" + p.Role))))
            .ToArray();
        var detail = new DetailSummary(BotText.Get(language, "People_Title", people.Length), facts, [])
        {
            Notes = people.Length > MaxListed ? [BotText.Get(language, "People_More", people.Length - MaxListed)] : [],
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var tenant = turn.Actor.Tenant;
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Helpdesk).Describe(language), cancellationToken);
            return;
        }

        if (await directory.FindAsync(tenant, target.Id, cancellationToken) is not { IsSuccess: true, Value: var person })
        {
            await turn.SendTextAsync(BotText.Get(language, "Objects_Gone_Person"), cancellationToken);
            return;
        }

        var licenses = await licensing.ForUserAsync(tenant, person.AadObjectId, cancellationToken);
        var assigned = await numbers.ForUserAsync(tenant, person.AadObjectId, cancellationToken);
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var skus = licenses.IsSuccess ? licenses.Value.Skus : [];
        Fact[] facts =
        [
            new(T("People_Upn"), person.Upn),
            new(T("People_UsageLocation"), person.UsageLocation),
            new(T("People_Department"), person.Department.Length == 0 ? T("CqObject_None") : person.Department),
            new(T("People_Role"), T("People_Role_" + person.Role)),
            new(T("People_Licenses"), skus.Count == 0 ? T("People_NoLicense") : string.Join(", ", skus.Select(s => SkuText.Name(s, language)))),
            new(T("People_Numbers"), assigned.Count == 0 ? T("CqObject_None") : string.Join(", ", assigned.Select(n => n.Number.Value))),
        ];
        await turn.SendCardAsync(DetailCard.Build(new DetailSummary(person.DisplayName, facts, []), language), cancellationToken);
    }

    /// <inheritdoc />
    public Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken) =>
        turn.SendTextAsync(BotText.Get(turn.Language, "People_ChangeInDirectory", target.Name), cancellationToken);

    /// <inheritdoc />
    public Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken) =>
        ChangeAsync(turn, target, intent, cancellationToken);
}
