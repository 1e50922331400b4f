namespace ChatPhone.Bot.Hosting;

/// <summary>Bot settings (configuration section <c>ChatPhone</c>).</summary>
public sealed class BotOptions
{
    /// <summary>Tenant used when an activity names none (local and emulator use).</summary>
    public string DefaultTenantId { get; set; } = "demo";

    /// <summary>Seed the demo organisation into the default tenant when it is empty.</summary>
    public bool SeedDemo { get; set; }
}
