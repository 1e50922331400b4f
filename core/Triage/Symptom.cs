namespace ChatPhone.Core.Triage;

/// <summary>What a person says is wrong, in the bot's words.</summary>
public enum Symptom
{
    /// <summary>No particular symptom: check everything ("check Alex's phone setup").</summary>
    General,

    /// <summary>"I can't call out" / "je ne peux pas appeler".</summary>
    CannotCallOut,

    /// <summary>"I don't receive calls" / "je ne reçois pas d'appels".</summary>
    CannotReceiveCalls,

    /// <summary>"My number doesn't show in Teams" / "mon numéro n'apparaît pas".</summary>
    NumberNotShown,

    /// <summary>"People can't dial into my meeting" / "on ne peut pas rejoindre ma réunion par téléphone".</summary>
    MeetingDialIn,

    /// <summary>"I don't get the queue's calls" (an agent of a call queue).</summary>
    QueueCalls,

    /// <summary>"Emergency calls / my emergency address" problems.</summary>
    EmergencyCalling,
}
