using Microsoft.Bot.Builder;

namespace ChatPhone.Bot.State;

/// <summary>
/// What the bot remembers between turns for one person in one conversation: the language they
/// last spoke and the question a flow is waiting on. Versioned so a deploy can tell stale shapes.
/// </summary>
public sealed class FlowState : IStoreItem, IExpiringItem
{
    /// <summary>The shape version this code reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Shape version of the stored document.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>"en" or "fr": the language of the person's last text message.</summary>
    public string? Language { get; set; }

    /// <summary>The flow waiting for an answer, or null.</summary>
    public string? PendingFlow { get; set; }

    /// <summary>Slots the pending flow has filled so far.</summary>
    public Dictionary<string, string> Slots { get; set; } = [];

    /// <summary>True when the stored state had an unknown shape and was started over.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool WasReset { get; set; }

    /// <summary>The state as loaded, to skip saving when a turn changed nothing.</summary>
    [Newtonsoft.Json.JsonIgnore]
    internal string? LoadedSnapshot { get; set; }

    /// <inheritdoc />
    public string? ETag { get; set; }

    /// <inheritdoc />
    [Newtonsoft.Json.JsonIgnore]
    public TimeSpan? TimeToLive { get; set; }

    /// <summary>Leaves any pending flow.</summary>
    public void ClearFlow()
    {
        PendingFlow = null;
        Slots.Clear();
    }
}
