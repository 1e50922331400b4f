namespace ChatPhone.Bot.Hosting;

/// <summary>Set once start-up work (recognizer models, store, demo seed) is done; <c>/healthz</c> reads it.</summary>
public sealed class Readiness
{
    private volatile bool _ready;

    /// <summary>True once warm-up finished.</summary>
    public bool IsReady => _ready;

    /// <summary>Marks the host ready.</summary>
    public void MarkReady() => _ready = true;
}
