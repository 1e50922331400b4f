using ChatPhone.Core.AudioFiles;
using System.Globalization;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// The parts of an auto attendant, each into a variable: prompts, transfer targets, menu options, menus and call flows
/// (built in memory by the module), and the schedules and call handling associations of after hours and holidays.
/// </summary>
internal sealed class CallFlowWriter(ScriptBuilder script, TenantConfiguration tenant)
{
    private int _count;

    /// <summary>A prompt into a new variable (New-CsAutoAttendantPrompt); its name.</summary>
    public string Prompt(Prompt prompt)
    {
        var variable = Next("$prompt");
        var command = new PsCommand("New-CsAutoAttendantPrompt");
        if (prompt.AudioFileId is { } audio)
        {
            var application = tenant.AudioFiles.FirstOrDefault(f => f.Id == audio)?.Application ?? AudioFileApplication.OrgAutoAttendant;
            command.With("AudioFilePrompt",
                $"(Get-CsOnlineAudioFile -Identity {ScriptReferences.AudioFile(audio)} -ApplicationId {PsLiteral.Quote(application.ToString())})");
        }
        else
        {
            command.With("TextToSpeechPrompt", PsLiteral.Quote(prompt.TextToSpeech ?? string.Empty));
        }

        script.Command(command, variable);
        return variable;
    }

    /// <summary>A transfer target into a new variable (New-CsAutoAttendantCallableEntity); its name.</summary>
    public string Target(CallableEntity target)
    {
        var variable = Next("$target");
        var command = new PsCommand("New-CsAutoAttendantCallableEntity")
            .With("Identity", Identity(target))
            .With("Type", PsLiteral.Quote(target.Type.ToString()));
        if (target.Type is CallableEntityType.ApplicationEndpoint or CallableEntityType.ConfigurationEndpoint)
        {
            command.With("CallPriority", PsLiteral.Number(target.CallPriority));
        }

        if (target.Type == CallableEntityType.SharedVoicemail)
        {
            command.SwitchIf("EnableTranscription", target.EnableTranscription)
                .SwitchIf("EnableSharedVoicemailSystemPromptSuppression", target.SuppressSystemPrompt);
        }

        script.Command(command, variable);
        return variable;
    }

    /// <summary>A call flow with its greeting and menu (New-CsAutoAttendantCallFlow); its variable.</summary>
    public string Flow(CallFlow flow)
    {
        var greeting = flow.Greeting is null ? null : Prompt(flow.Greeting);
        var menu = Menu(flow.Menu);
        var variable = Next("$flow");
        script.Command(new PsCommand("New-CsAutoAttendantCallFlow")
            .With("Name", PsLiteral.Quote(flow.Name))
            .With("Menu", menu)
            .WithOptional("Greetings", greeting is null ? null : PsLiteral.Array([greeting]))
            .SwitchIf("ForceListenMenuEnabled", flow.ForceListenMenu), variable);
        return variable;
    }

    /// <summary>The weekly business hours as a schedule whose complement is after hours, associated with <paramref name="flow"/>.</summary>
    public string AfterHours(string attendantName, BusinessHours hours, string flow)
    {
        var command = new PsCommand("New-CsOnlineSchedule")
            .With("Name", PsLiteral.Quote(script.Say("Schedule_AfterHours", attendantName)))
            .Switch("WeeklyRecurrentSchedule");
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var ranges = hours.RangesOf(day).Select(r =>
            {
                var range = Next("$range");
                script.Command(new PsCommand("New-CsOnlineTimeRange").With("Start", Time(r.Start)).With("End", Time(r.End)), range);
                return range;
            }).ToList();
            if (ranges.Count > 0)
            {
                command.With(day + "Hours", PsLiteral.Array(ranges));
            }
        }

        var schedule = Next("$schedule");
        script.Command(command.Switch("Complement"), schedule);
        return Association("AfterHours", schedule, flow);
    }

    /// <summary>A holiday: its dates as a fixed schedule, its flow, and their association.</summary>
    public (string Flow, string Association) Holiday(Holiday holiday)
    {
        var ranges = holiday.Dates.Select(d =>
        {
            var range = Next("$range");
            script.Command(new PsCommand("New-CsOnlineDateTimeRange").With("Start", Date(d.Start)).With("End", Date(d.EffectiveEnd)), range);
            return range;
        }).ToList();
        var schedule = Next("$schedule");
        script.Command(new PsCommand("New-CsOnlineSchedule")
            .With("Name", PsLiteral.Quote(holiday.Name))
            .Switch("FixedSchedule")
            .With("DateTimeRanges", PsLiteral.Array(ranges)), schedule);
        var option = holiday.Action == HolidayAction.Redirect && holiday.RedirectTarget is { } target
            ? new MenuOption(DtmfTone.Automatic, MenuAction.TransferCallToTarget, Target: target)
            : new MenuOption(DtmfTone.Automatic, MenuAction.DisconnectCall);
        var flow = Flow(new CallFlow(holiday.Name, holiday.Greeting, new Menu(holiday.Name, null, [option])));
        return (flow, Association("Holiday", schedule, flow));
    }

    private string Association(string type, string schedule, string flow)
    {
        var variable = Next("$association");
        script.Command(new PsCommand("New-CsAutoAttendantCallHandlingAssociation")
            .With("Type", PsLiteral.Quote(type))
            .With("ScheduleId", schedule + ".Id")
            .With("CallFlowId", flow + ".Id"), variable);
        return variable;
    }

    private string Menu(Menu menu)
    {
        var prompt = menu.Prompt is null ? null : Prompt(menu.Prompt);
        var options = menu.Options.Select(Option).ToList();
        var variable = Next("$menu");
        var command = new PsCommand("New-CsAutoAttendantMenu")
            .With("Name", PsLiteral.Quote(menu.Name))
            .With("MenuOptions", PsLiteral.Array(options))
            .WithOptional("Prompts", prompt is null ? null : PsLiteral.Array([prompt]));
        if (menu.EffectiveSearch != DirectorySearchMethod.None)
        {
            command.With("DirectorySearchMethod", PsLiteral.Quote(menu.EffectiveSearch.ToString()));
        }

        script.Command(command, variable);
        return variable;
    }

    private string Option(MenuOption option)
    {
        var prompt = option.Action == MenuAction.Announcement && option.Prompt is not null ? Prompt(option.Prompt) : null;
        var target = option.Action == MenuAction.TransferCallToTarget && option.Target is not null ? Target(option.Target) : null;
        var variable = Next("$option");
        var command = new PsCommand("New-CsAutoAttendantMenuOption")
            .With("Action", PsLiteral.Quote(option.Action.ToString()))
            .With("DtmfResponse", PsLiteral.Quote(option.Dtmf.ToString()))
            .WithOptional("CallTarget", target)
            .WithOptional("Prompt", prompt);
        if (option.VoiceResponses is { Count: > 0 } voice)
        {
            command.With("VoiceResponses", PsLiteral.QuotedArray(voice));
        }

        script.Command(command, variable);
        return variable;
    }

    private string Identity(CallableEntity target) => target.Type switch
    {
        CallableEntityType.User => ScriptReferences.Of(ScriptReferences.Users, target.Id),
        CallableEntityType.ApplicationEndpoint => ScriptReferences.Of(ScriptReferences.ResourceAccounts, target.Id),
        CallableEntityType.ConfigurationEndpoint => tenant.Queues.Any(q => string.Equals(q.Id, target.Id, StringComparison.OrdinalIgnoreCase))
            ? ScriptReferences.Of(ScriptReferences.Queues, target.Id)
            : ScriptReferences.Of(ScriptReferences.Attendants, target.Id),
        _ => PsLiteral.Quote(target.Id),
    };

    // New-CsOnlineTimeRange takes time spans: 24:00 is one day.
    private static string Time(TimeSpan time) =>
        PsLiteral.Quote(time >= TimeSpan.FromDays(1) ? "1.00:00" : time.ToString(@"hh\:mm", CultureInfo.InvariantCulture));

    // New-CsOnlineDateTimeRange reads "d/m/yyyy H:mm".
    private static string Date(DateTime date) => PsLiteral.Quote(date.ToString("d/M/yyyy H:mm", CultureInfo.InvariantCulture));

    private string Next(string prefix) => prefix + (++_count).ToString(CultureInfo.InvariantCulture);
}
