using ChatPhone.Bot.Flows.Objects.CallQueues;
using ChatPhone.Core.CallQueues;

namespace ChatPhone.UnitTests.Bot.Flows.Objects;

/// <summary>
/// Greeting, music, switches, thresholds and the three exception actions with their targets, read from sentences in
/// English and French, several at once, at creation as in a change; targets are cut as typed for the planner to look up.
/// </summary>
public sealed class CallQueueSettingSentenceTests
{
    [Theory]
    [InlineData("create a call queue Sales with greeting \"Thanks for calling\", agents Alex and Sam", "Thanks for calling")]
    [InlineData("crée une file d’attente Ventes avec le message d’accueil « Merci de votre appel »", "Merci de votre appel")]
    [InlineData("set the greeting of the Sales queue to “Welcome, after the tone say overflow”", "Welcome, after the tone say overflow")]
    [InlineData("mets le message d'accueil de la file Sales à 'Bonjour et bienvenue'", "Bonjour et bienvenue")]
    public void Greeting_InQuotes_IsReadAsTextToSpeech_AndItsWordsStartNoOtherSetting(string text, string greeting)
    {
        var request = CallQueueSentence.Read(text, text.Contains("Ventes", StringComparison.Ordinal) ? "Ventes" : "Sales");

        Assert.Equal(greeting, request.Settings.Greeting?.Text);
        Assert.Null(request.Settings.OverflowAction);
        Assert.Null(request.Settings.OverflowThreshold);
    }

    [Theory]
    [InlineData("set the Sales queue greeting file welcome.mp3", null, "welcome.mp3", false)]
    [InlineData("greeting audio 3F2504E0-4F89-11D3-9A0C-0305E82C3301 for the Sales queue", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, false)]
    [InlineData("remove the greeting of the Sales queue", null, null, true)]
    [InlineData("file Sales sans message d'accueil", null, null, true)]
    public void Greeting_AsAFileOrNone(string text, string? audioId, string? audioName, bool none)
    {
        var greeting = CallQueueSentence.Read(text, "Sales").Settings.Greeting;

        Assert.NotNull(greeting);
        Assert.Equal(audioId, greeting.AudioId);
        Assert.Equal(audioName, greeting.AudioName);
        Assert.Equal(none, greeting.None);
    }

    [Theory]
    [InlineData("use the default music on hold for the Sales queue", true, null, null)]
    [InlineData("musique d'attente par défaut pour la file Sales", true, null, null)]
    [InlineData("set the Sales music on hold to jazz.mp3", false, null, "jazz.mp3")]
    [InlineData("music on hold 9b2f0c3e-1111-4a4a-8b8b-123456789abc for Sales", false, "9b2f0c3e-1111-4a4a-8b8b-123456789abc", null)]
    public void MusicOnHold_DefaultOrAFile(string text, bool isDefault, string? audioId, string? audioName)
    {
        var music = CallQueueSentence.Read(text, "Sales").Settings.Music;

        Assert.NotNull(music);
        Assert.Equal(isDefault, music.None);
        Assert.Equal(audioId, music.AudioId);
        Assert.Equal(audioName, music.AudioName);
    }

    [Theory]
    [InlineData("turn off presence-based routing on the Sales queue", false, null, null)]
    [InlineData("active le routage basé sur la présence de la file Sales", true, null, null)]
    [InlineData("disable conference mode for Sales", null, false, null)]
    [InlineData("mode conférence activé et les agents peuvent se désinscrire", null, true, true)]
    [InlineData("Sales: presence on, conference off, agents cannot opt out", true, false, false)]
    public void Switches_OnOrOff(string text, bool? presence, bool? conference, bool? optOut)
    {
        var settings = CallQueueSentence.Read(text, "Sales").Settings;

        Assert.Equal(presence, settings.Presence);
        Assert.Equal(conference, settings.Conference);
        Assert.Equal(optOut, settings.OptOut);
    }

    [Theory]
    [InlineData("when more than 10 calls wait in the Sales queue, send them to voicemail of Megan", 10, nameof(QueueVerb.Voicemail), nameof(QueueTargetType.Person), "Megan")]
    [InlineData("overflow of the Sales queue to +33 1 23 45 67 89", null, nameof(QueueVerb.Forward), nameof(QueueTargetType.Number), "+33 1 23 45 67 89")]
    [InlineData("débordement de la file Sales vers la file Support", null, nameof(QueueVerb.Forward), nameof(QueueTargetType.CallQueue), "Support")]
    [InlineData("set the Sales overflow to disconnect", null, nameof(QueueVerb.Disconnect), nameof(QueueTargetType.None), null)]
    [InlineData("overflow after 20 calls to the Reception auto attendant", 20, nameof(QueueVerb.Forward), nameof(QueueTargetType.AutoAttendant), "Reception")]
    [InlineData("débordement après 15 appels vers la messagerie de Chloé Dubois", 15, nameof(QueueVerb.Voicemail), nameof(QueueTargetType.Person), "Chloé Dubois")]
    [InlineData("overflow to Megan Bowen", null, nameof(QueueVerb.Forward), nameof(QueueTargetType.Person), "Megan Bowen")]
    [InlineData("débordement vers la file « Support niveau 2 »", null, nameof(QueueVerb.Forward), nameof(QueueTargetType.CallQueue), "Support niveau 2")]
    [InlineData("si plus de 5 appels attendent, transférer au standard Accueil", 5, nameof(QueueVerb.Forward), nameof(QueueTargetType.AutoAttendant), "Accueil")]
    public void Overflow_ThresholdAndAction(string text, int? threshold, string verb, string type, string? mention)
    {
        var request = CallQueueSentence.Read(text, "Sales");

        Assert.Equal(threshold, request.Overflow);
        Assert.Equal(new QueueActionRequest(Enum.Parse<QueueVerb>(verb), Enum.Parse<QueueTargetType>(type), mention), request.Settings.OverflowAction);
    }

    [Fact]
    public void Overflow_ThresholdAlone_HasNoAction()
    {
        var request = CallQueueSentence.Read("set the overflow threshold of Sales to 20 calls", "Sales");

        Assert.Equal(20, request.Overflow);
        Assert.Null(request.Settings.OverflowAction);
    }

    [Theory]
    [InlineData("timeout 5 minutes then forward to +1 206 555 0100", 300, nameof(QueueVerb.Forward), nameof(QueueTargetType.Number), "+1 206 555 0100")]
    [InlineData("after 90 seconds send the calls to Sam's voicemail", 90, nameof(QueueVerb.Voicemail), nameof(QueueTargetType.None), null)]
    [InlineData("au bout de 3 minutes, raccrocher", 180, nameof(QueueVerb.Disconnect), nameof(QueueTargetType.None), null)]
    [InlineData("délai d'attente 2 min puis renvoi vers 01 23 45 67 89", 120, nameof(QueueVerb.Forward), nameof(QueueTargetType.Number), "01 23 45 67 89")]
    [InlineData("timeout after 10 minutes: shared voicemail 0b1c2d3e-aaaa-4bbb-8ccc-0123456789ab “Leave a message”", 600, nameof(QueueVerb.SharedVoicemail), nameof(QueueTargetType.Group), "0b1c2d3e-aaaa-4bbb-8ccc-0123456789ab")]
    public void Timeout_SecondsAndAction(string text, int seconds, string verb, string type, string? mention)
    {
        var request = CallQueueSentence.Read(text, "Sales");

        Assert.Equal(seconds, request.Timeout);
        Assert.Equal(Enum.Parse<QueueVerb>(verb), request.Settings.TimeoutAction?.Verb);
        Assert.Equal(Enum.Parse<QueueTargetType>(type), request.Settings.TimeoutAction?.TargetType);
        Assert.Equal(mention, request.Settings.TimeoutAction?.Mention);
    }

    [Theory]
    [InlineData("when no agent is available, keep the calls in the queue", nameof(QueueVerb.Queue), nameof(QueueTargetType.None), null, null)]
    [InlineData("if there are no agents, forward new calls to the Support queue", nameof(QueueVerb.Forward), nameof(QueueTargetType.CallQueue), "Support", NoAgentApplyTo.NewCalls)]
    [InlineData("sans agent, messagerie de Lucas pour tous les appels", nameof(QueueVerb.Voicemail), nameof(QueueTargetType.Person), "Lucas", NoAgentApplyTo.AllCalls)]
    [InlineData("quand aucun agent n'est disponible, raccrocher", nameof(QueueVerb.Disconnect), nameof(QueueTargetType.None), null, null)]
    public void NoAgent_ActionAndWhichCalls(string text, string verb, string type, string? mention, NoAgentApplyTo? applyTo)
    {
        var settings = CallQueueSentence.Read(text, "Sales").Settings;

        Assert.Equal(Enum.Parse<QueueVerb>(verb), settings.NoAgentAction?.Verb);
        Assert.Equal(Enum.Parse<QueueTargetType>(type), settings.NoAgentAction?.TargetType);
        Assert.Equal(mention, settings.NoAgentAction?.Mention);
        Assert.Equal(applyTo, settings.NoAgentApplyTo);
    }

    [Fact]
    public void OneCreationSentence_ReadsEverySetting_AndTheAgentsOfItsAgentsClauseOnly()
    {
        var request = CallQueueSentence.Read(
            "create a call queue Sales, round robin, greeting 'Thanks for calling', agents Alex and Sam, when more than 10 calls wait send them to voicemail of Megan, timeout 5 minutes then forward to +33 1 23 45 67 89, no agent: disconnect",
            "Sales");

        Assert.Equal(RoutingMethod.RoundRobin, request.Routing);
        Assert.Equal("Thanks for calling", request.Settings.Greeting?.Text);
        Assert.Equal(["Alex", "Sam"], request.Agents);
        Assert.Equal(10, request.Overflow);
        Assert.Equal(new QueueActionRequest(QueueVerb.Voicemail, QueueTargetType.Person, "Megan"), request.Settings.OverflowAction);
        Assert.Equal(300, request.Timeout);
        Assert.Equal(new QueueActionRequest(QueueVerb.Forward, QueueTargetType.Number, "+33 1 23 45 67 89"), request.Settings.TimeoutAction);
        Assert.Equal(QueueVerb.Disconnect, request.Settings.NoAgentAction?.Verb);
    }

    [Fact]
    public void OneFrenchCreationSentence_ReadsEverySetting()
    {
        var request = CallQueueSentence.Read(
            "crée une file d’attente Ventes avec le message d’accueil « Merci de votre appel », les agents Alex et Inès, débordement après 10 appels vers la file Support, délai d'attente 3 minutes puis messagerie de Chloé",
            "Ventes");

        Assert.Equal("Merci de votre appel", request.Settings.Greeting?.Text);
        Assert.Equal(["Alex", "Inès"], request.Agents);
        Assert.Equal(10, request.Overflow);
        Assert.Equal(new QueueActionRequest(QueueVerb.Forward, QueueTargetType.CallQueue, "Support"), request.Settings.OverflowAction);
        Assert.Equal(180, request.Timeout);
        Assert.Equal(new QueueActionRequest(QueueVerb.Voicemail, QueueTargetType.Person, "Chloé"), request.Settings.TimeoutAction);
    }

    [Fact]
    public void Remainder_KeepsTheNameAndAgents_WithoutTheSettingClauses()
    {
        var parsed = CallQueueClauses.Parse("create a call queue Sales with Alex and Sam, greeting \"Hello\", overflow to voicemail of Megan");

        Assert.Equal("create a call queue Sales with Alex and Sam", parsed.Remainder());
    }

    [Theory]
    [InlineData("+33 1 23 45 67 89", nameof(QueueTargetType.Number), "+33 1 23 45 67 89")]
    [InlineData("queue Support", nameof(QueueTargetType.CallQueue), "Support")]
    [InlineData("file Support", nameof(QueueTargetType.CallQueue), "Support")]
    [InlineData("auto attendant Reception", nameof(QueueTargetType.AutoAttendant), "Reception")]
    [InlineData("Megan Bowen", nameof(QueueTargetType.Person), "Megan Bowen")]
    public void Target_InTheEditFormsBox_IsReadLikeASentencesTarget(string text, string type, string mention)
    {
        Assert.Equal((Enum.Parse<QueueTargetType>(type), mention), QueueActionSentence.Target(text));
    }

    [Theory]
    [InlineData("call queue 🇫🇷Alex")]
    [InlineData("call queue \ud83cAlex")]
    [InlineData("file d’attente Chloé \udde6")]
    public void SoftenedText_KeepsEmojiAndHalvesOfThem_OneCharacterForOne(string text)
    {
        var softened = CallQueueClauses.Soft(text);

        Assert.Equal(text.Length, softened.Length);
        Assert.Contains("alex", softened + "alex", StringComparison.Ordinal);
        Assert.DoesNotContain('é', softened);
    }
}
