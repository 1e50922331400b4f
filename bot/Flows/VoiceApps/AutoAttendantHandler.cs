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
public sealed class AutoAttendantHandler(
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
    public IReadOnlyCollection<string> Verbs { get; } = [AutoAttendantEditPayload.Verb];

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
        await turn.SendCardAsync(AutoAttendantsCard.Build(summaries, turn.Language), cancellationToken);
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
        var details = new AutoAttendantDetails(await NamesAsync(turn.Actor, cancellationToken), language);
        var buttons = turn.Actor.IsAdmin
            ? new[]
            {
                ObjectButtons.Create(BotText.Get(language, "AaObj_Edit"), IntentKind.ChangeObject, Kind, attendant.Id),
                ObjectButtons.Create(BotText.Get(language, "AaObj_Remove"), IntentKind.RemoveObject, Kind, attendant.Id) with { Destructive = true },
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

        var edit = intent.Text.Length == 0
            ? new AutoAttendantEdit(null, null, null, null)
            : AutoAttendantSentence.Read(intent.Text, intent.Language, attendant.Settings, models, clock.GetLocalNow().DateTime);
        if (edit.IsEmpty)
        {
            if (intent.Text.Length > 0)
            {
                await turn.SendTextAsync(BotText.Get(turn.Language, "AaEdit_WhatToChange", attendant.Name), cancellationToken);
            }

            await turn.SendCardAsync(AutoAttendantEditForm.Build(FormValues(attendant), SupportedTimeZones.Ids, [.. SupportedLanguages.SpeechRecognition, .. SupportedLanguages.TextToSpeechOnly], turn.Language), cancellationToken);
            return;
        }

        await PlanChangeAsync(turn, attendant, edit, cancellationToken);
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

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[IdSlot];
        var seen = DateTimeOffset.Parse(slots[SeenSlot], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (slots.GetValueOrDefault(ActionSlot) == RemoveAction)
        {
            var deleted = await attendants.DeleteAsync(new DeleteAutoAttendant(turn.Actor, key, id, seen), cancellationToken);
            if (!deleted.IsSuccess)
            {
                return ActionResult.Failure(deleted.Error, language);
            }

            var gone = BotText.Get(language, "AaRemove_Done", deleted.Value.Name);
            return new ActionResult(gone, ResultCard.Build(new ResultSummary(gone, [new Fact(BotText.Get(language, "AaShow_Name"), deleted.Value.Name)]), language));
        }

        var current = await queries.GetAutoAttendantAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return ActionResult.Failure(current.Error.Code == "autoattendant.not_found" ? new Error("autoattendant.not_found", slots[OldNameSlot]) : current.Error, language);
        }

        var edit = AutoAttendantEdit.FromSlots(slots);
        var saved = await attendants.UpdateAsync(new UpdateAutoAttendant(turn.Actor, key, id, edit.Apply(current.Value.Settings), seen), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var attendant = saved.Value.Attendant;
        var text = BotText.Get(language, "AaEdit_Done", attendant.Name);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, ChangeFacts(current.Value.Settings, edit, language)), language));
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Error("auth.admin_required"));
        }

        var payload = CardPayloads.Read<AutoAttendantEditPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        // The id is only looked up among the clicker's own tenant's attendants.
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        var id = payload.Value.AttendantId;
        if (!all.IsSuccess || all.Value.FirstOrDefault(a => a.Id == id) is not { } attendant)
        {
            return new ActionResult(all.IsSuccess ? BotText.Get(language, "Objects_Gone_AutoAttendant") : all.Error.Describe(language)) { Failed = true };
        }

        var edit = FromForm(data, attendant);
        if (!edit.IsSuccess)
        {
            return ActionRouter.Failed(turn, edit.Error);
        }

        await PlanChangeAsync(turn, attendant, edit.Value, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanChangeAsync(FlowTurn turn, AutoAttendant attendant, AutoAttendantEdit asked, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var edit = asked.Against(attendant.Settings);
        if (edit.IsEmpty)
        {
            await turn.SendTextAsync(new Error("voiceapp.unchanged", attendant.Name).Describe(language), cancellationToken);
            return;
        }

        var check = await queries.CheckAutoAttendantAsync(turn.Actor, edit.Apply(attendant.Settings), attendant.Id, cancellationToken);
        if (!check.IsSuccess)
        {
            await turn.SendTextAsync(check.Error.Describe(language), cancellationToken);
            return;
        }

        if (!check.Value.IsValid)
        {
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "AaEdit_Problems", attendant.Name), check.Value.Problems, cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string>(Slots(attendant, "edit"));
        foreach (var (name, value) in edit.ToSlots())
        {
            slots[name] = value;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "AaEdit_PlanTitle", attendant.Name), ChangeFacts(attendant.Settings, edit, language));
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    // One fact per setting that changes: "before → after".
    private static IReadOnlyList<Fact> ChangeFacts(AutoAttendantSettings before, AutoAttendantEdit edit, Language language)
    {
        var details = new AutoAttendantDetails(new Dictionary<string, string>(), language);
        string T(string name) => BotText.Get(language, name);
        var facts = new List<Fact>();
        if (edit.Name is { } name)
        {
            facts.Add(new Fact(T("AaShow_Name"), $"{before.Name} → {name}"));
        }

        if (edit.TimeZoneId is { } zone)
        {
            facts.Add(new Fact(T("AaShow_TimeZone"), $"{before.TimeZoneId} → {zone}"));
        }

        if (edit.LanguageId is { } lang)
        {
            facts.Add(new Fact(T("AaShow_Language"), $"{before.LanguageId} → {lang}"));
        }

        if (edit.Hours is { } hours)
        {
            facts.Add(new Fact(T("AaShow_Hours"), $"{details.Hours(before.Hours)} → {details.Hours(hours)}"));
        }

        return facts;
    }

    private static Dictionary<string, string> Slots(AutoAttendant attendant, string action) => new()
    {
        [IdSlot] = attendant.Id,
        [SeenSlot] = attendant.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        [OldNameSlot] = attendant.Name,
        [ActionSlot] = action,
    };

    private static AutoAttendantFormValues FormValues(AutoAttendant attendant)
    {
        var hours = attendant.Settings.Hours;
        var ranges = hours.Days.SelectMany(d => d.Ranges).ToArray();
        var open = ranges.Length == 0 ? TimeSpan.FromHours(9) : ranges.Min(r => r.Start);
        var close = ranges.Length == 0 ? TimeSpan.FromHours(17) : ranges.Max(r => r.End);
        return new AutoAttendantFormValues(attendant.Id, attendant.Name, attendant.Settings.TimeZoneId, attendant.Settings.LanguageId,
            HoursText.Clock(open), HoursText.Clock(close), hours.Days.Where(d => d.Ranges.Count > 0).Select(d => d.Day).ToArray());
    }

    // The form's values that differ from what it was prefilled with; hours from the form are the same every open day.
    private static Result<AutoAttendantEdit> FromForm(JsonElement data, AutoAttendant attendant)
    {
        var before = FormValues(attendant);
        var name = CardInputs.Value(data, AutoAttendantEditForm.NameInput);
        var zone = CardInputs.Value(data, AutoAttendantEditForm.TimeZoneInput);
        var lang = CardInputs.Value(data, AutoAttendantEditForm.LanguageInput);
        if (zone is not null && SupportedTimeZones.Canonical(zone) is null)
        {
            return new Error("autoattendant.time_zone_unsupported", zone);
        }

        if (lang is not null && SupportedLanguages.Canonical(lang) is null)
        {
            return new Error("voiceapp.language_unsupported", lang);
        }

        var open = CardInputs.Value(data, AutoAttendantEditForm.OpenInput) ?? before.Open;
        var close = CardInputs.Value(data, AutoAttendantEditForm.CloseInput) ?? before.Close;
        var days = CardInputs.Values(data, AutoAttendantEditForm.DaysInput)
            .Select(d => Enum.TryParse<DayOfWeek>(d, out var day) && Enum.IsDefined(day) ? day : (DayOfWeek?)null).ToArray();
        if (days.Any(d => d is null) || Time(open) is not { } start || Time(close) is not { } end)
        {
            return new Error("form.invalid_field", "hours");
        }

        var chosen = days.OfType<DayOfWeek>().Distinct().ToArray();
        var hoursChanged = Time(before.Open) != start || Time(before.Close) != end || !chosen.Order().SequenceEqual(before.Days.Order());
        var hours = hoursChanged ? new BusinessHours(chosen.Select(d => new DayHours(d, [new TimeRange(start, end)])).ToArray()) : null;
        return new AutoAttendantEdit(name, zone is null ? null : SupportedTimeZones.Canonical(zone), lang is null ? null : SupportedLanguages.Canonical(lang), hours);
    }

    private static TimeSpan? Time(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var h) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m)
            && h is >= 0 and <= 24 && m is >= 0 and < 60 && (h < 24 || m == 0)
            ? new TimeSpan(h, m, 0)
            : null;
    }

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

    // Names of everything an attendant can transfer to, by lower-case id.
    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in await directory.ListAsync(actor.Tenant, cancellationToken))
        {
            names.TryAdd(person.AadObjectId.ToLowerInvariant(), person.DisplayName);
        }

        if (await queries.ListCallQueuesAsync(actor, cancellationToken) is { IsSuccess: true } queues)
        {
            foreach (var queue in queues.Value)
            {
                names.TryAdd(queue.Id.ToLowerInvariant(), queue.Name);
            }
        }

        if (await queries.ListAutoAttendantsAsync(actor, cancellationToken) is { IsSuccess: true } all)
        {
            foreach (var attendant in all.Value)
            {
                names.TryAdd(attendant.Id.ToLowerInvariant(), attendant.Name);
            }
        }

        if (await accounts.ListAsync(actor, cancellationToken) is { IsSuccess: true } resourceAccounts)
        {
            foreach (var account in resourceAccounts.Value)
            {
                names.TryAdd(account.Id.ToLowerInvariant(), account.Upn);
            }
        }

        return names;
    }
}
