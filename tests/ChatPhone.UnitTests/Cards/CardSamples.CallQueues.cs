using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The call queue edit form with every setting it offers at its largest: a 1000-character greeting, a music file, three redirecting actions.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> CallQueueSamples(Language language)
    {
        var person = Guid.NewGuid().ToString("D");
        var account = Guid.NewGuid().ToString("D");
        var queue = new CallQueue(Guid.NewGuid().ToString("D"), new CallQueueSettings
        {
            Name = new string('S', 64),
            Users = Enumerable.Range(1, 20).Select(_ => Guid.NewGuid().ToString("D")).ToArray(),
            Greeting = Prompt.Text(new string('g', 1000)),
            UseDefaultMusicOnHold = false,
            MusicOnHoldAudioFileId = Guid.NewGuid().ToString("D"),
            Overflow = new QueueAction<OverflowActionKind>(OverflowActionKind.Voicemail, person),
            Timeout = new QueueAction<TimeoutActionKind>(TimeoutActionKind.Forward, "tel:+33123456789"),
            NoAgent = new QueueAction<NoAgentActionKind>(NoAgentActionKind.Forward, account),
            NoAgentApplyTo = NoAgentApplyTo.NewCalls,
        }, Now, Now);
        var words = new Dictionary<string, string> { [person] = "Megan Bowen", [account] = "queue " + new string('Q', 64) };
        yield return ("CallQueueEditFormFull", CallQueueEditForm.Build(queue,
            Enumerable.Range(1, 300).Select(i => (Guid.NewGuid().ToString("D"), $"Person number {i} of Contoso Pharmaceuticals")).ToArray(), language, words));
    }
}
