namespace ChatPhone.Core.Triage;

/// <summary>What the person said beyond the symptom, when they said it.</summary>
/// <param name="QueueName">The call queue they mean ("I don't get calls from the Sales queue").</param>
/// <param name="Number">The number they expect to have, E.164 ("my number +1 206 555 0100 doesn't show").</param>
public sealed record TriageDetails(string? QueueName = null, string? Number = null)
{
    /// <summary>Nothing more than the symptom.</summary>
    public static TriageDetails None { get; } = new();
}
