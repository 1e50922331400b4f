using ChatPhone.Core.CallQueues;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// The settings one edit of a call queue sets (null: unchanged), whether it came from a sentence or the edit form. It
/// travels in the plan's slots and is applied on top of the queue as it is when the admin confirms.
/// </summary>
internal sealed record CallQueueEdit
{
    private const string Prefix = "cq.";

    public string? Name { get; init; }

    public RoutingMethod? Routing { get; init; }

    public int? AlertTime { get; init; }

    public int? Timeout { get; init; }

    public int? Overflow { get; init; }

    public bool? Presence { get; init; }

    public bool? Conference { get; init; }

    /// <summary>The whole new list of agents (object ids).</summary>
    public IReadOnlyList<string>? Users { get; init; }

    public bool IsEmpty => this == new CallQueueEdit();

    /// <summary><paramref name="settings"/> with this edit applied.</summary>
    public CallQueueSettings ApplyTo(CallQueueSettings settings) => settings with
    {
        Name = Name ?? settings.Name,
        RoutingMethod = Routing ?? settings.RoutingMethod,
        AgentAlertTime = AlertTime ?? settings.AgentAlertTime,
        TimeoutThreshold = Timeout ?? settings.TimeoutThreshold,
        OverflowThreshold = Overflow ?? settings.OverflowThreshold,
        PresenceBasedRouting = Presence ?? settings.PresenceBasedRouting,
        ConferenceMode = Conference ?? settings.ConferenceMode,
        Users = Users ?? settings.Users,
    };

    /// <summary>Only what differs from <paramref name="settings"/>.</summary>
    public CallQueueEdit Against(CallQueueSettings settings) => new()
    {
        Name = Name is { } name && name != settings.Name ? name : null,
        Routing = Routing is { } routing && routing != settings.RoutingMethod ? routing : null,
        AlertTime = AlertTime is { } alert && alert != settings.AgentAlertTime ? alert : null,
        Timeout = Timeout is { } timeout && timeout != settings.TimeoutThreshold ? timeout : null,
        Overflow = Overflow is { } overflow && overflow != settings.OverflowThreshold ? overflow : null,
        Presence = Presence is { } presence && presence != settings.PresenceBasedRouting ? presence : null,
        Conference = Conference is { } conference && conference != settings.ConferenceMode ? conference : null,
        Users = Users is { } users && !users.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(settings.Users) ? users : null,
    };

    public Dictionary<string, string> ToSlots()
    {
        var slots = new Dictionary<string, string>();
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                slots[Prefix + name] = value switch
                {
                    bool b => b ? "true" : "false",
                    IReadOnlyList<string> list => string.Join(',', list),
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
                };
            }
        }

        Put("name", Name);
        Put("routing", Routing);
        Put("alert", AlertTime);
        Put("timeout", Timeout);
        Put("overflow", Overflow);
        Put("presence", Presence);
        Put("conference", Conference);
        Put("users", Users);
        return slots;
    }

    public static CallQueueEdit FromSlots(IReadOnlyDictionary<string, string> slots)
    {
        string? Get(string name) => slots.GetValueOrDefault(Prefix + name);
        int? Int(string name) => Get(name) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        bool? Bool(string name) => Get(name) is { } text ? text == "true" : null;
        return new CallQueueEdit
        {
            Name = Get("name"),
            Routing = Get("routing") is { } routing ? Enum.Parse<RoutingMethod>(routing) : null,
            AlertTime = Int("alert"),
            Timeout = Int("timeout"),
            Overflow = Int("overflow"),
            Presence = Bool("presence"),
            Conference = Bool("conference"),
            Users = Get("users") is { } users ? users.Split(',', StringSplitOptions.RemoveEmptyEntries) : null,
        };
    }
}
