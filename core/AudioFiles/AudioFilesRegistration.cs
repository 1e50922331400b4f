using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.Core.AudioFiles;

/// <summary>Registers the AudioFiles area.</summary>
public static class AudioFilesRegistration
{
    /// <summary>Adds <see cref="AudioFileService"/> (needs the core's <c>CommandRunner</c>).</summary>
    public static IServiceCollection AddAudioFiles(this IServiceCollection services) =>
        services.AddSingleton<AudioFileService>();
}
