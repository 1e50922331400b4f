namespace ChatPhone.Bot.Turns;

/// <summary>For reads started early whose answer a turn may end up not needing.</summary>
internal static class TaskObservation
{
    /// <summary>Marks a failure of <paramref name="task"/> as seen (the turn reports the store's failure its own way).</summary>
    public static void Observe(this Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
