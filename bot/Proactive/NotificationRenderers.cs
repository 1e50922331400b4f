using ChatPhone.Core.Notifications;

namespace ChatPhone.Bot.Proactive;

/// <summary>The registered renderers, by kind; two renderers for one kind is a start-up error.</summary>
public sealed class NotificationRenderers
{
    private readonly Dictionary<NotificationKind, INotificationRenderer> _byKind;

    /// <summary>Indexes the renderers.</summary>
    public NotificationRenderers(IEnumerable<INotificationRenderer> renderers)
    {
        _byKind = [];
        foreach (var renderer in renderers)
        {
            if (!_byKind.TryAdd(renderer.Kind, renderer))
            {
                throw new InvalidOperationException(
                    $"Two notification renderers for {renderer.Kind}: {_byKind[renderer.Kind].GetType().Name} and {renderer.GetType().Name}.");
            }
        }
    }

    /// <summary>The renderer of <paramref name="kind"/>, or null when none is registered.</summary>
    public INotificationRenderer? For(NotificationKind kind) => _byKind.GetValueOrDefault(kind);
}
