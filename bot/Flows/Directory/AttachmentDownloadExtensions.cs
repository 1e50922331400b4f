using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>Wiring of attachment downloads.</summary>
public static class AttachmentDownloadExtensions
{
    /// <summary>Adds <see cref="AttachmentDownloader"/> and its guarded HTTP client.</summary>
    public static IServiceCollection AddAttachmentDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentDownloadOptions>().Bind(configuration.GetSection(AttachmentDownloadOptions.Section));
        services.AddHttpClient(AttachmentDownloader.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => AttachmentDownloader.CreateHandler(sp.GetRequiredService<IOptions<AttachmentDownloadOptions>>().Value));
        services.AddSingleton<AttachmentDownloader>();
        return services;
    }
}
