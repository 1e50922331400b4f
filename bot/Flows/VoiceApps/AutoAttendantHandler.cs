using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Auto attendants as objects: "list the auto attendants", "show the Main line AA" (every setting), "the Main line AA now
/// opens at 8", "renomme le standard Accueil en Réception" or the Edit form, and "delete the Main line AA" — changes and
/// removals through the plan card, applied only if the attendant is still what the plan showed. Removal follows core's
/// rules (no linked resource account, no other attendant transferring to it), said before anything is planned.
/// </summary>
public sealed partial class AutoAttendantHandler(
    VoiceAppQueries queries,
    AutoAttendantService attendants,
    ResourceAccountService accounts,
    IDirectoryStore directory,
    RecognizerModels models,
    TimeProvider clock) : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string IdSlot = "aaId", SeenSlot = "aaSeen", OldNameSlot = "aaOldName", ActionSlot = "aaAction", RemoveAction = "remove";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.AutoAttendant;

    /// <inheritdoc />
    public string Name => "objects.autoattendant";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [AutoAttendantEditPayload.Verb, AutoAttendantMenuFormPayload.Verb, AutoAttendantMenuPayload.Verb];

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        return all.IsSuccess ? all.Value.Select(a => new NamedObject(a.Id, a.Name)).ToArray() : all.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var linked = await LinkedAsync(turn.Actor, cancellationToken);
        var details = new AutoAttendantDetails(new Dictionary<string, string>(), turn.Language);
        var summaries = all.Value
            .Select(a => new AutoAttendantSummary(
                a.Name,
                a.Settings.TimeZoneId,
                a.Settings.LanguageId,
                details.Hours(a.Settings.Hours),
                linked[a.Id].Select(r => r.Number).OfType<string>().Order(StringComparer.Ordinal).ToArray(),
                ObjectButtons.Create(BotText.Get(turn.Language, "AaObj_Show"), IntentKind.ShowObject, Kind, a.Id)))
            .ToArray();
        await ListPages.SendAsync(turn, intent, Kind, summaries, page => AutoAttendantsCard.Build(page, turn.Language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await FindAsync(turn, target.Id, cancellationToken) is not { } attendant)
        {
            return;
        }

        var linked = (await LinkedAsync(turn.Actor, cancellationToken))[attendant.Id].ToArray();
        var details = new AutoAttendantDetails(await NamesAsync(turn, cancellationToken), language);
        var buttons = turn.Actor.IsAdmin
            ? new[]
            {
                ObjectButtons.Create(BotText.Get(language, "AaObj_Edit"), IntentKind.ChangeObject, Kind, attendant.Id),
                new CardAction(BotText.Get(language, "Aa2_EditMenu"), AutoAttendantMenuFormPayload.Verb, CardPayloads.Write(new AutoAttendantMenuFormPayload(attendant.Id))),
                ObjectButtons.Create(BotText.Get(language, "AaObj_Remove"), IntentKind.RemoveObject, Kind, attendant.Id) with { Destructive = true },
                ObjectButtons.Export(language, Kind, attendant.Id),
            }
            : [];
        var notes = linked.Length > 0
            ? [BotText.Get(language, "AaShow_RemoveNeedsUnlink", string.Join(", ", linked.Select(a => a.Upn)))]
            : Array.Empty<string>();
        var detail = new DetailSummary(BotText.Get(language, "AaShow_Title", attendant.Name), details.Facts(attendant, linked), buttons)
        {
            Subtitle = BotText.Get(language, "AaShow_Subtitle", attendant.UpdatedAt.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture)),
            Notes = notes,
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken) || await FindAsync(turn, target.Id, cancellationToken) is not { } attendant)
        {
            return;
        }

        var text = intent.Text;
        var flows = CallFlowSentence.Read(text, attendant.Name, AutoAttendantSentence.NewName(text));
        var edit = text.Length == 0
            ? new AutoAttendantEdit(null, null, null, null)
            : AutoAttendantSentence.Read(flows.IsEmpty ? text : flows.Rest, intent.Language, attendant.Settings, models, clock.GetLocalNow().DateTime);
        var notes = new List<string>();
        if (!flows.IsEmpty)
        {
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
            if (!targets.IsSuccess)
            {
                await turn.SendTextAsync(targets.Error.Describe(turn.Language), cancellationToken);
                return;
            }

            var built = CallFlowChanges.Build(edit.Apply(attendant.Settings), flows, targets.Value, attendant.Id);
            if (built.Problems.Count > 0)
            {
                await SentenceProblems.SendAsync(turn, BotText.Get(turn.Language, "AaEdit_Problems", attendant.Name), built.Problems, cancellationToken);
                return;
            }

            notes.AddRange(built.Notes.Select(n => n.Describe(turn.Language)));
            edit = edit with { Flows = built.Plan };
        }

        if (edit.IsEmpty && notes.Count == 0 && MenuWords().IsMatch(RecognitionInput.Fold(text)))
        {
            await SendMenuFormAsync(turn, attendant, cancellationToken);
            return;
        }

        if (edit.IsEmpty)
        {
            if (notes.Count > 0)
            {
                await turn.SendTextAsync(string.Join("\n\n", notes), cancellationToken);
                return;
            }

            if (text.Length > 0)
            {
                await turn.SendTextAsync(BotText.Get(turn.Language, "AaEdit_WhatToChange", attendant.Name), cancellationToken);
            }

            await turn.SendCardAsync(AutoAttendantEditForm.Build(FormValues(attendant), SupportedTimeZones.Ids, [.. SupportedLanguages.SpeechRecognition, .. SupportedLanguages.TextToSpeechOnly], turn.Language), cancellationToken);
            return;
        }

        await PlanChangeAsync(turn, attendant, edit, notes, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken) || await FindAsync(turn, target.Id, cancellationToken) is not { } attendant)
        {
            return;
        }

        var linked = (await LinkedAsync(turn.Actor, cancellationToken))[attendant.Id].Select(a => a.Upn).Order(StringComparer.Ordinal).ToArray();
        if (linked.Length > 0)
        {
            await turn.SendTextAsync(new Error("autoattendant.has_resource_accounts", attendant.Name, string.Join(", ", linked)).Describe(language), cancellationToken);
            return;
        }

        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        var users = (all.IsSuccess ? all.Value : [])
            .Where(a => a.Id != attendant.Id && a.Settings.Targets().Any(t => t.Type == CallableEntityType.ConfigurationEndpoint && t.Id.Trim().Equals(attendant.Id, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        if (users.Length > 0)
        {
            await turn.SendTextAsync(new Error("autoattendant.in_use", attendant.Name, string.Join(", ", users)).Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, Slots(attendant, RemoveAction));
        var details = new AutoAttendantDetails(new Dictionary<string, string>(), language);
        var facts = new List<Fact> { new(BotText.Get(language, "AaShow_Name"), attendant.Name), new(BotText.Get(language, "AaShow_Hours"), details.Hours(attendant.Settings.Hours)) };
        if (attendant.Settings.Holidays.Count > 0)
        {
            facts.Add(new Fact(BotText.Get(language, "AaShow_Holidays"), string.Join("; ", attendant.Settings.Holidays.Select(h => h.Name))));
        }

        var plan = new PlanSummary(planId, BotText.Get(language, "AaRemove_PlanTitle", attendant.Name), facts)
        {
            Warnings = [BotText.Get(language, "AaRemove_Warning", attendant.Name)],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    private static Dictionary<string, string> Slots(AutoAttendant attendant, string action) => new()
    {
        [IdSlot] = attendant.Id,
        [SeenSlot] = attendant.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        [OldNameSlot] = attendant.Name,
        [ActionSlot] = action,
    };

    private async Task<AutoAttendant?> FindAsync(FlowTurn turn, string id, CancellationToken cancellationToken)
    {
        var found = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!found.IsSuccess)
        {
            await turn.SendTextAsync(found.Error.Describe(turn.Language), cancellationToken);
            return null;
        }

        if (found.Value.FirstOrDefault(a => a.Id == id) is { } attendant)
        {
            return attendant;
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_AutoAttendant"), cancellationToken);
        return null;
    }

    private async Task<ILookup<string, ResourceAccount>> LinkedAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(actor, cancellationToken);
        return (all.IsSuccess ? all.Value : []).Where(a => a.AssociatedWith is not null).ToLookup(a => a.AssociatedWith!, StringComparer.OrdinalIgnoreCase);
    }

    // Names of everything an attendant can transfer to, by lower-case id; a resource account by what it serves.
    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
        return targets.IsSuccess ? targets.Value.Names() : new Dictionary<string, string>();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:menus?|keys|touches|options du menu)\b", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial System.Text.RegularExpressions.Regex MenuWords();
}
