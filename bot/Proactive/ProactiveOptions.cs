using System.ComponentModel.DataAnnotations;

namespace ChatPhone.Bot.Proactive;

/// <summary>Settings of the proactive sender (configuration section <c>ChatPhone:Proactive</c>), checked at start-up.</summary>
public sealed class ProactiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChatPhone:Proactive";

    /// <summary>Run the background sender (off for hosts that only answer turns).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every tenant's outbox is looked at when nothing signals the sender.</summary>
    [Range(0.01, 3600, ErrorMessage = Section + ":PollSeconds must be between {1} and {2}.")]
    public double PollSeconds { get; set; } = 2;

    /// <summary>How often the store is scanned for tenants with an outbox (new tenants are also learnt from signals).</summary>
    [Range(0.1, 86_400, ErrorMessage = Section + ":TenantScanSeconds must be between {1} and {2}.")]
    public double TenantScanSeconds { get; set; } = 60;

    /// <summary>Attempts before a retryable failure becomes Failed.</summary>
    [Range(1, 100, ErrorMessage = Section + ":MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay ceiling; each attempt doubles it, a random delay below it is used ("full jitter").</summary>
    [Range(1, 3_600_000, ErrorMessage = Section + ":BaseDelayMs must be between {1} and {2}.")]
    public int BaseDelayMs { get; set; } = 1000;

    /// <summary>Largest retry delay ceiling.</summary>
    [Range(1, 86_400_000, ErrorMessage = Section + ":MaxDelayMs must be between {1} and {2}.")]
    public int MaxDelayMs { get; set; } = 300_000;

    /// <summary>Largest Retry-After honoured (a bigger one is cut to this).</summary>
    [Range(0, 86_400, ErrorMessage = Section + ":MaxRetryAfterSeconds must be between {1} and {2}.")]
    public int MaxRetryAfterSeconds { get; set; } = 3600;

    /// <summary>How long one call to the connector may take before its outcome is unknown.</summary>
    [Range(100, 600_000, ErrorMessage = Section + ":SendTimeoutMs must be between {1} and {2}.")]
    public int SendTimeoutMs { get; set; } = 15_000;

    /// <summary>How long a claimed message stays claimed; a claim older than this was interrupted (its outcome is unknown).</summary>
    [Range(1, 86_400, ErrorMessage = Section + ":ClaimLeaseSeconds must be between {1} and {2}.")]
    public int ClaimLeaseSeconds { get; set; } = 120;

    /// <summary>Conversations sent to at the same time (messages to one conversation always go one after the other).</summary>
    [Range(1, 256, ErrorMessage = Section + ":MaxParallelConversations must be between {1} and {2}.")]
    public int MaxParallelConversations { get; set; } = 4;

    /// <summary>Longest a sweep waits for a rate-limit slot; a longer wait leaves the message for a later sweep.</summary>
    [Range(0, 600_000, ErrorMessage = Section + ":MaxInlineWaitMs must be between {1} and {2}.")]
    public int MaxInlineWaitMs { get; set; } = 5000;
}
