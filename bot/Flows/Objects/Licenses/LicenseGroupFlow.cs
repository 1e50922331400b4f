using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Licensing;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>
/// Licenses for groups of people (<see cref="LicenseAudience"/>): "people without a calling plan" and "who has Teams Phone?"
/// list them (helpdesk and admins); "assign Teams Phone to everyone in Sales", "tous les utilisateurs en France" plan a bulk
/// assignment whose card says, per person, what they will get, what they already have, or why they will be refused (a dry
/// run of the licensing rules against today's free units). Confirm goes through <see cref="BulkLicenseFlow"/>'s core command,
/// which gives the per-person outcome.
/// </summary>
public sealed class LicenseGroupFlow(LicenseBook book)
{
    /// <summary>How many people the plan card names one by one.</summary>
    public const int MaxPlanRows = 60;

    /// <summary>Lists the people a sentence's group names; false (nothing sent) when it names no group.</summary>
    public async Task<bool> TryListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var everyone = await book.PeopleAsync(turn.Actor.Tenant, cancellationToken);
        if (LicenseAudiences.Read(intent.Text, everyone.Select(p => p.Person.Department).Distinct(), []) is not { } audience)
        {
            return false;
        }

        var language = turn.Language;
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(CommandRunner.RoleError(Role.Helpdesk).Describe(language), cancellationToken);
            return true;
        }

        var people = everyone.Where(audience.Matches).Select(p => (p.Person.DisplayName, p.Person.Upn, p.Person.UsageLocation, p.Person.Department)).ToArray();
        var title = BotText.Get(language, "LicObj_HoldersTitle", Describe(audience, language));
        await turn.SendCardAsync(LicenseHoldersCard.Build(title, people, language), cancellationToken);
        return true;
    }

    /// <summary>Plans giving <paramref name="skus"/> to the group the sentence names; false (nothing sent) when it names no group. The caller checked the role.</summary>
    public async Task<bool> TryPlanAsync(FlowTurn turn, Intent intent, IReadOnlyList<Sku> skus, CancellationToken cancellationToken)
    {
        var everyone = await book.PeopleAsync(turn.Actor.Tenant, cancellationToken);
        if (skus.Count == 0 || LicenseAudiences.Read(intent.Text, everyone.Select(p => p.Person.Department).Distinct(), skus) is not { } audience)
        {
            return false;
        }

        var language = turn.Language;
        var group = Describe(audience, language);
        var members = everyone.Where(audience.Matches).ToArray();
        if (members.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "LicObj_GroupEmpty", group), cancellationToken);
            return true;
        }

        var running = (await book.SubscriptionsAsync(turn.Actor.Tenant, cancellationToken)).ToDictionary(s => s.Sku);
        var rows = members.Select(m => (m.Person, Outcome: Preview(m, skus, running, language))).ToArray();
        var (planId, key) = PendingPlans.Start(turn.State, BulkLicenseFlow.PlanName, new Dictionary<string, string>
        {
            [BulkLicenseFlow.UsersSlot] = string.Join(',', members.Select(m => m.Person.AadObjectId)),
            [SlotNames.Skus] = string.Join(',', skus),
        });
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "Licenses_Add"), SkuText.List(skus, language)),
            new(BotText.Get(language, "LicObj_Group"), group),
        };
        facts.AddRange(rows.Take(MaxPlanRows).Select(r => new Fact($"{r.Person.DisplayName} ({r.Person.UsageLocation})", r.Outcome)));
        if (rows.Length > MaxPlanRows)
        {
            facts.Add(new Fact("…", BotText.Get(language, "LicObj_MorePeople", rows.Length - MaxPlanRows)));
        }

        var plan = new PlanSummary(planId, BotText.Get(language, "LicObj_GroupPlanTitle", members.Length, group), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
        return true;
    }

    // What confirming will most likely do for one person, by the same rules core applies (calling plan countries aside).
    private static string Preview(LicensedPerson member, IReadOnlyList<Sku> skus, Dictionary<Sku, Subscription> running, Language language)
    {
        var adding = skus.Where(s => !member.Skus.Contains(s)).ToArray();
        if (adding.Length == 0)
        {
            return BotText.Get(language, "LicObj_WillAlreadyHave", SkuText.List(skus, language));
        }

        var current = new UserLicenses(member.Person.AadObjectId, member.Person.UsageLocation, member.Skus);
        var next = LicenseRules.Assign(member.Person, current, skus, running);
        return next.IsSuccess
            ? BotText.Get(language, "LicObj_WillGet", SkuText.List(adding, language))
            : BotText.Get(language, "LicObj_WillBeRefused", next.Error.Describe(language));
    }

    private static string Describe(LicenseAudience audience, Language language)
    {
        var parts = new List<string>();
        if (audience.Department is { } department)
        {
            parts.Add(BotText.Get(language, "LicObj_InDepartment", department));
        }

        if (audience.Country is { } country)
        {
            parts.Add(BotText.Get(language, "LicObj_InCountry", country));
        }

        if (audience.With.Count > 0)
        {
            parts.Add(BotText.Get(language, "LicObj_WithSkus", SkuText.List(audience.With, language)));
        }

        if (audience.Without.Count > 0)
        {
            parts.Add(BotText.Get(language, "LicObj_WithoutSkus", SkuText.List(audience.Without, language)));
        }

        return string.Join(", ", parts);
    }
}
