using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The flows a sentence asks for, built on an attendant's settings, and what could not be done or was left out.</summary>
/// <param name="Plan">The new flows.</param>
/// <param name="Problems">What stops the change (an unknown target, a queue without a resource account, a reserved key).</param>
/// <param name="Notes">What was read but does not apply, said on the plan (after hours on an attendant open 24/7).</param>
internal sealed record CallFlowBuilt(CallFlowPlan Plan, IReadOnlyList<SentenceProblem> Problems, IReadOnlyList<SentenceProblem> Notes);

/// <summary>
/// Turns what <see cref="CallFlowSentence"/> read into whole call flows on top of the attendant's: keys named replace
/// those keys (a flow that only hung up gets a real menu), an action said alone runs at once, a greeting replaces the
/// greeting; holidays take a redirect or a hang-up. Targets are found with <see cref="CallFlowTargets"/>.
/// </summary>
internal static class CallFlowChanges
{
    /// <summary>The plan for <paramref name="ask"/> on <paramref name="current"/> (<paramref name="selfId"/> null when creating).</summary>
    public static CallFlowBuilt Build(AutoAttendantSettings current, CallFlowAsk ask, CallFlowTargets targets, string? selfId)
    {
        var problems = new List<SentenceProblem>(ask.Problems);
        var notes = new List<SentenceProblem>();
        CallableEntity? @operator = null;
        if (ask.Operator is { } operatorAsk && targets.Resolve(operatorAsk, selfId, problems) is { } resolved)
        {
            @operator = resolved.Target;
        }

        var business = ask.Business.IsEmpty && ask.Search is null
            ? null
            : Flow(current.DefaultFlow, ask.Business, ask.Search, targets, selfId, problems, notes);
        CallFlow? afterHours = null;
        if (!ask.AfterHours.IsEmpty)
        {
            if (current.Hours.IsAllWeek)
            {
                notes.Add(new SentenceProblem("Aa2_AfterHoursUnused"));
            }
            else
            {
                var flow = current.AfterHoursFlow ?? CallFlow.Disconnect(AutoAttendantValidator.DefaultAfterHoursFlowName);
                afterHours = Flow(flow, ask.AfterHours, null, targets, selfId, problems, notes);
            }
        }

        IReadOnlyList<Holiday>? holidays = null;
        if (!ask.Holidays.IsEmpty)
        {
            if (current.Holidays.Count == 0)
            {
                notes.Add(new SentenceProblem("Aa2_NoHolidayYet"));
            }
            else
            {
                holidays = current.Holidays.Select(h => Holiday(h, ask.Holidays, targets, selfId, problems)).ToArray();
            }
        }

        return new CallFlowBuilt(new CallFlowPlan(business, afterHours, @operator, holidays), problems.Distinct().ToArray(), notes);
    }

    /// <summary><paramref name="holiday"/> with the action and greeting <paramref name="ask"/> gives; holidays have no menu.</summary>
    public static Holiday Holiday(Holiday holiday, FlowAsk ask, CallFlowTargets targets, string? selfId, List<SentenceProblem> problems)
    {
        if (ask.Options.Count > 0)
        {
            problems.Add(new SentenceProblem("Aa2_HolidayNoMenu"));
        }

        var greeting = ask.Greeting is null ? holiday.Greeting : targets.Greeting(ask.Greeting, problems);
        var changed = holiday with { Greeting = greeting };
        if (ask.Action is not { } action || targets.Resolve(action, selfId, problems) is not { } resolved)
        {
            return changed;
        }

        switch (resolved.Action)
        {
            case MenuAction.DisconnectCall:
                return changed with { Action = HolidayAction.Disconnect, RedirectTarget = null };
            case MenuAction.TransferCallToTarget:
                return changed with { Action = HolidayAction.Redirect, RedirectTarget = resolved.Target };
            default:
                problems.Add(new SentenceProblem("Aa2_HolidayAction"));
                return changed;
        }
    }

    private static CallFlow Flow(
        CallFlow flow, FlowAsk ask, DirectorySearchMethod? search, CallFlowTargets targets, string? selfId, List<SentenceProblem> problems, List<SentenceProblem> notes)
    {
        var greeting = ask.Greeting is null ? flow.Greeting : targets.Greeting(ask.Greeting, problems);
        var menu = flow.Menu;
        if (ask.Options.Count > 0)
        {
            var added = new List<MenuOption>();
            foreach (var option in ask.Options)
            {
                if (targets.Resolve(option.Target, selfId, problems) is { } resolved)
                {
                    added.Add(new MenuOption(Tone(option.Key), resolved.Action, resolved.Prompt, resolved.Target));
                }
            }

            var kept = menu.Options.Where(o => o.Dtmf != DtmfTone.Automatic && added.All(a => a.Dtmf != o.Dtmf));
            menu = menu with { Options = [.. kept.Concat(added).OrderBy(o => o.Dtmf)] };
            if (ask.Action is not null)
            {
                notes.Add(new SentenceProblem("Aa2_ActionWithMenu"));
            }
        }
        else if (ask.Action is { } action && targets.Resolve(action, selfId, problems) is { } resolved)
        {
            if (resolved.Action == MenuAction.Announcement)
            {
                greeting = resolved.Prompt;
                resolved = new ResolvedTarget(MenuAction.DisconnectCall);
            }

            menu = menu with { Options = [new MenuOption(DtmfTone.Automatic, resolved.Action, resolved.Prompt, resolved.Target)] };
        }

        if (search is { } method)
        {
            // A flow that only hung up now waits for a name or an extension instead.
            var waits = menu.Options.Where(o => !(o.Dtmf == DtmfTone.Automatic && o.Action == MenuAction.DisconnectCall)).ToArray();
            menu = menu with { Options = waits, DirectorySearch = method, EnableDialByName = false };
        }

        return flow with { Greeting = greeting, Menu = menu };
    }

    /// <summary>
    /// <paramref name="flow"/> with exactly the keys <paramref name="options"/> give and <paramref name="greeting"/>; with no key,
    /// what the flow did at once stays (a hang-up when it had keys).
    /// </summary>
    public static CallFlow Replace(CallFlow flow, Prompt? greeting, IReadOnlyList<OptionAsk> options, CallFlowTargets targets, string? selfId, List<SentenceProblem> problems)
    {
        var chosen = new List<MenuOption>();
        foreach (var option in options)
        {
            if (targets.Resolve(option.Target, selfId, problems) is { } resolved)
            {
                chosen.Add(new MenuOption(Tone(option.Key), resolved.Action, resolved.Prompt, resolved.Target));
            }
        }

        var atOnce = flow.Menu.Options.Where(o => o.Dtmf == DtmfTone.Automatic).ToArray();
        IReadOnlyList<MenuOption> menu = chosen.Count > 0 ? chosen
            : atOnce.Length > 0 ? atOnce
            : [new MenuOption(DtmfTone.Automatic, MenuAction.DisconnectCall)];
        return flow with { Greeting = greeting, Menu = flow.Menu with { Options = menu } };
    }

    /// <summary>The tone of a key 0–9.</summary>
    public static DtmfTone Tone(char key) => Enum.Parse<DtmfTone>("Tone" + key);
}
