using ChatPhone.Bot.Hosting;
using ChatPhone.Core;

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddLocalSettings();
if (StartupChecks.Refusal(builder.Configuration) is { } refusal)
{
    Console.Error.WriteLine(refusal);
    return 1;
}

builder.UseChatPhoneEndpoints();
builder.Services
    .AddChatPhoneCore(builder.Configuration)
    .AddChatPhoneBot(builder.Configuration);

var app = builder.Build();
app.MapChatPhoneBot();
await app.RunAsync();
return 0;

/// <summary>The host's entry point (public so tests can start it with WebApplicationFactory).</summary>
public partial class Program;
