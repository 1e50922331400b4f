using System.ComponentModel.DataAnnotations;

namespace ChatPhone.Bot.Hosting;

/// <summary>Bot settings (configuration section <c>ChatPhone</c>), checked at start-up.</summary>
public sealed class BotOptions
{
    /// <summary>Tenant used when an activity names none (local and emulator use).</summary>
    [Required(ErrorMessage = "ChatPhone:DefaultTenantId must be set.")]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "ChatPhone:DefaultTenantId must be 1 to 64 letters, digits, '-', '_' or '.'.")]
    public string DefaultTenantId { get; set; } = "demo";

    /// <summary>Seed the demo organisation into the default tenant when it is empty.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>
    /// Largest body of <c>POST /api/messages</c>, in bytes; larger is answered 413 without being read. The largest real
    /// activities (a card click carrying every input of a big form, a message with a few attachments) stay far below.
    /// </summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Refused (401) requests one client address may make per minute before it is answered 429 until the minute ends.</summary>
    public int MaxRefusalsPerMinute { get; set; } = 30;
}
