namespace ChatPhone.Core.Storage;

/// <summary>
/// Notes, for one unit of work (a chat turn), whether a change may have reached the store: committed, or sent and then
/// cut off before the store answered. A store failure can then be reported truthfully — "nothing was changed" only when
/// no change may have been saved. Flows to everything the unit of work awaits, like any async-local value.
/// </summary>
public sealed class ChangeWatch
{
    private static readonly AsyncLocal<ChangeWatch?> Current = new();
    private volatile bool _changeMayBeSaved;

    private ChangeWatch()
    {
    }

    /// <summary>True once a change was committed, or sent without an answer, since <see cref="Start"/>.</summary>
    public bool ChangeMayBeSaved => _changeMayBeSaved;

    /// <summary>Starts watching the calling flow (and everything it awaits) and returns the watch.</summary>
    public static ChangeWatch Start()
    {
        var watch = new ChangeWatch();
        Current.Value = watch;
        return watch;
    }

    /// <summary>Called by the store adapter when a change may have been saved; does nothing outside a watch.</summary>
    internal static void NoteChangeMayBeSaved()
    {
        if (Current.Value is { } watch)
        {
            watch._changeMayBeSaved = true;
        }
    }
}
