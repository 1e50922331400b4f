using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallPaths;

/// <summary>The attendants of a call map: the flow of each schedule (holidays, after hours, business hours) and each key.</summary>
public sealed partial class CallMapBuilder
{
    private string AttendantNode(AutoAttendant attendant)
    {
        var id = "aa:" + attendant.Id;
        if (!Start(id))
        {
            return id;
        }

        var settings = attendant.Settings;
        Add(new CallNode(id, CallNodeKind.AutoAttendant, attendant.Name, null, [], []));
        foreach (var holiday in settings.Holidays)
        {
            _edges.Add(new CallEdge(id, HolidayNode(attendant, holiday), CallEdgeKind.Holiday, holiday.Name));
        }

        if (settings.AfterHoursFlow is { } afterHours && !settings.Hours.IsAllWeek)
        {
            _edges.Add(new CallEdge(id, FlowNode(attendant, afterHours, "after"), CallEdgeKind.AfterHours));
        }

        _edges.Add(new CallEdge(id, FlowNode(attendant, settings.DefaultFlow, "default"), CallEdgeKind.BusinessHours));
        return id;
    }

    private string FlowNode(AutoAttendant attendant, CallFlow flow, string which)
    {
        var id = $"flow:{attendant.Id}:{which}";
        if (!Start(id))
        {
            return id;
        }

        var facts = new List<Error>();
        if (flow.Menu.EffectiveSearch != DirectorySearchMethod.None)
        {
            facts.Add(new Error("callpath.fact_directory_search", flow.Menu.EffectiveSearch));
        }

        Add(new CallNode(id, CallNodeKind.CallFlow, flow.Name, Prompt(flow.Greeting) ?? Prompt(flow.Menu.Prompt), facts, []));
        foreach (var option in flow.Menu.Options)
        {
            var (kind, detail) = option.Dtmf == DtmfTone.Automatic ? (CallEdgeKind.Always, (string?)null) : (CallEdgeKind.Key, Key(option.Dtmf));
            var target = option.Action switch
            {
                MenuAction.DisconnectCall => HangUpNode(id),
                MenuAction.Announcement => id,
                MenuAction.TransferCallToOperator => attendant.Settings.Operator is { } op
                    ? EntityNode(op)
                    : MissingOnce($"operator:{attendant.Id}", new Error("callpath.operator_missing", attendant.Name)),
                _ => option.Target is { } target1 ? EntityNode(target1) : MissingOnce($"target:{id}:{detail}", new Error("callpath.target_missing", attendant.Name)),
            };
            if (option.Action == MenuAction.TransferCallToOperator)
            {
                kind = option.Dtmf == DtmfTone.Automatic ? CallEdgeKind.Operator : kind;
            }

            _edges.Add(new CallEdge(id, target, kind, detail));
        }

        return id;
    }

    private string HolidayNode(AutoAttendant attendant, Holiday holiday)
    {
        var id = $"flow:{attendant.Id}:holiday:{holiday.Name.ToLowerInvariant()}";
        if (!Start(id))
        {
            return id;
        }

        Add(new CallNode(id, CallNodeKind.CallFlow, holiday.Name, Prompt(holiday.Greeting), [], []));
        var target = holiday.Action == HolidayAction.Redirect && holiday.RedirectTarget is { } redirect ? EntityNode(redirect) : HangUpNode(id);
        _edges.Add(new CallEdge(id, target, CallEdgeKind.Always));
        return id;
    }
}
