using ChatPhone.Bot.Flows.Objects.CallQueues;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>The Teams limits a call queue edit is refused for at plan time, in English and French, each naming the limit.</summary>
public sealed class CallQueueLimitsTests
{
    private static readonly CallQueueSettings Sales = new() { Name = "Sales" };

    public static TheoryData<string, Language, string> Refusals() => new()
    {
        { "alert:14", Language.English, "between 15 and 180 seconds" },
        { "alert:181", Language.French, "compris entre 15 et 180 s" },
        { "overflow:201", Language.English, "between 0 and 200 calls" },
        { "overflow:-1", Language.French, "compris entre 0 et 200" },
        { "timeout:2701", Language.English, "between 0 and 2700" },
        { "timeout:-15", Language.French, "compris entre 0 et 2700 s" },
        { "greeting:1001", Language.English, "too long for text to speech: length 1001, maximum 1000" },
        { "greeting:1001", Language.French, "trop long pour la synthèse vocale : longueur 1001, maximum 1000" },
        { "agents:21", Language.English, "21 agents is too many: a queue takes at most 20" },
        { "agents:21", Language.French, "Trop d’agents ajoutés un à un (21) : le maximum par file est de 20" },
        { "shared:", Language.English, "needs the queue’s prompt language" },
        { "shared:", Language.French, "demande la langue des messages de la file" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Limits_RefuseEveryValueOutsideTheTeamsRules_WithTheLimit(string change, Language language, string refusal)
    {
        var edit = Edit(change);

        var said = CallQueueEditBuilder.Limits(edit, edit.ApplyTo(Sales), language);

        Assert.NotNull(said);
        Assert.Contains(refusal, said, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_AcceptTheEdgesOfEveryRange_AndSharedVoicemailWithALanguage()
    {
        var edit = new CallQueueEdit
        {
            AlertTime = 15, Overflow = 200, Timeout = 2700, Greeting = Prompt.Text(new string('g', 1000)), LanguageId = "fr-FR",
            Users = Enumerable.Range(0, 20).Select(i => $"user-{i}").ToArray(),
            TimeoutAction = new QueueActionEdit(nameof(TimeoutActionKind.SharedVoicemail), Guid.NewGuid().ToString("D"), "Laissez un message"),
        };

        Assert.Null(CallQueueEditBuilder.Limits(edit, edit.ApplyTo(Sales), Language.French));
    }

    [Fact]
    public void AnEdit_TravelsThroughThePlanSlots_Unchanged()
    {
        var edit = new CallQueueEdit
        {
            Greeting = Prompt.Text("Bonjour, merci d’appeler"), Music = CallQueueEdit.DefaultMusic, OptOut = false, NoAgentApplyTo = NoAgentApplyTo.NewCalls,
            OverflowAction = new QueueActionEdit(nameof(OverflowActionKind.Forward), "tel:+33123456789"),
            NoAgentAction = new QueueActionEdit(nameof(NoAgentActionKind.Queue)),
        };

        var back = CallQueueEdit.FromSlots(edit.ToSlots());

        Assert.Equal(edit, back);
    }

    private static CallQueueEdit Edit(string change)
    {
        var (what, value) = (change.Split(':')[0], change.Split(':')[1]);
        int N() => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        return what switch
        {
            "alert" => new CallQueueEdit { AlertTime = N() },
            "overflow" => new CallQueueEdit { Overflow = N() },
            "timeout" => new CallQueueEdit { Timeout = N() },
            "greeting" => new CallQueueEdit { Greeting = Prompt.Text(new string('g', N())) },
            "agents" => new CallQueueEdit { Users = Enumerable.Range(0, N()).Select(i => $"user-{i}").ToArray() },
            _ => new CallQueueEdit { OverflowAction = new QueueActionEdit(nameof(OverflowActionKind.SharedVoicemail), Guid.NewGuid().ToString("D"), "Leave a message") },
        };
    }
}
