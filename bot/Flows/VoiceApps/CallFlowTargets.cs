using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.AudioFiles;
using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>What a menu key or an action does once its target is found: the action, its target or its announcement.</summary>
internal sealed record ResolvedTarget(MenuAction Action, CallableEntity? Target = null, Prompt? Prompt = null);

/// <summary>
/// The tenant's call queues, auto attendants, resource accounts and people, to find what a sentence names: a queue or
/// an attendant goes through its resource account (as Teams requires of nested voice apps), a person is a user target,
/// a number is a <c>tel:+E164</c> target. Also names every id for the cards, a resource account by what it serves.
/// </summary>
internal sealed partial class CallFlowTargets
{
    private readonly IReadOnlyList<CallQueue> _queues;
    private readonly IReadOnlyList<AutoAttendant> _attendants;
    private readonly IReadOnlyList<ResourceAccount> _accounts;
    private readonly IReadOnlyList<Person> _people;
    private readonly IReadOnlyList<AudioFile> _audioFiles;
    private readonly Language _language;

    private CallFlowTargets(
        IReadOnlyList<CallQueue> queues, IReadOnlyList<AutoAttendant> attendants, IReadOnlyList<ResourceAccount> accounts, IReadOnlyList<Person> people,
        IReadOnlyList<AudioFile> audioFiles, Language language)
    {
        _audioFiles = audioFiles;
        _queues = queues;
        _attendants = attendants;
        _accounts = accounts;
        _people = people;
        _language = language;
    }

    /// <summary>Reads the tenant of <paramref name="actor"/>.</summary>
    public static async Task<Result<CallFlowTargets>> LoadAsync(
        VoiceAppQueries queries, ResourceAccountService accounts, IDirectoryStore directory, Actor actor, Language language, CancellationToken cancellationToken)
    {
        var queues = await queries.ListCallQueuesAsync(actor, cancellationToken);
        if (!queues.IsSuccess)
        {
            return queues.Error;
        }

        var attendants = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        if (!attendants.IsSuccess)
        {
            return attendants.Error;
        }

        var resourceAccounts = await accounts.ListAsync(actor, cancellationToken);
        if (!resourceAccounts.IsSuccess)
        {
            return resourceAccounts.Error;
        }

        var people = await directory.ListAsync(actor.Tenant, cancellationToken);
        var audioFiles = await queries.ListAudioFilesAsync(actor, cancellationToken);
        return new CallFlowTargets(queues.Value, attendants.Value, resourceAccounts.Value, people, audioFiles.IsSuccess ? audioFiles.Value : [], language);
    }

    /// <summary>Display names by lower-case id: people, queues, attendants, and resource accounts by what they serve.</summary>
    public IReadOnlyDictionary<string, string> Names()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in _people)
        {
            names.TryAdd(person.AadObjectId.ToLowerInvariant(), person.DisplayName);
        }

        foreach (var queue in _queues)
        {
            names.TryAdd(queue.Id.ToLowerInvariant(), queue.Settings.Name);
        }

        foreach (var attendant in _attendants)
        {
            names.TryAdd(attendant.Id.ToLowerInvariant(), attendant.Name);
        }

        foreach (var account in _accounts)
        {
            names.TryAdd(account.Id.ToLowerInvariant(), AccountLabel(account));
        }

        foreach (var file in _audioFiles)
        {
            names.TryAdd(file.Id.ToLowerInvariant(), file.FileName);
        }

        return names;
    }

    /// <summary>
    /// The target <paramref name="ask"/> names, or null with the reason added to <paramref name="problems"/>;
    /// <paramref name="selfId"/> is the attendant being edited (never a target of itself).
    /// </summary>
    public ResolvedTarget? Resolve(TargetAsk ask, string? selfId, List<SentenceProblem> problems)
    {
        switch (ask.Kind)
        {
            case TargetKind.Disconnect:
                return new ResolvedTarget(MenuAction.DisconnectCall);
            case TargetKind.Operator:
                return new ResolvedTarget(MenuAction.TransferCallToOperator);
            case TargetKind.Announcement:
                return new ResolvedTarget(MenuAction.Announcement, Prompt: Core.VoiceApps.Prompt.Text(ask.Text));
            case TargetKind.External:
                return External(ask.Text, problems) is { } tel ? new ResolvedTarget(MenuAction.TransferCallToTarget, tel) : null;
            case TargetKind.Voicemail:
                return Voicemail(ask.Text, problems) is { } box ? new ResolvedTarget(MenuAction.TransferCallToTarget, box) : null;
            default:
                if (Named(ask, selfId, problems, out var missing) is { } entity)
                {
                    return new ResolvedTarget(MenuAction.TransferCallToTarget, entity);
                }

                if (missing && ask.MaybeOperator)
                {
                    return new ResolvedTarget(MenuAction.TransferCallToOperator);
                }

                if (missing)
                {
                    problems.Add(new SentenceProblem(ask.Hint switch
                    {
                        TargetHint.Queue => "Aa2_UnknownQueue",
                        TargetHint.Attendant => "Aa2_UnknownAttendant",
                        TargetHint.Person => "Aa2_UnknownPerson",
                        _ => "Aa2_UnknownTarget",
                    }, ask.Shown));
                }

                return null;
        }
    }

    /// <summary>
    /// A prompt from a sentence's greeting: text to speech, or an imported audio file given by its name or id (imported
    /// for attendants); an unknown name is refused listing the files there are.
    /// </summary>
    public Prompt? Greeting(PromptAsk? ask, List<SentenceProblem> problems)
    {
        if (ask is null)
        {
            return null;
        }

        if (ask.Text is { Length: > 0 } text)
        {
            return Core.VoiceApps.Prompt.Text(text);
        }

        var (file, refusal) = AudioFileNames.Resolve(_audioFiles, ask.AudioFile ?? string.Empty, AudioFileApplication.OrgAutoAttendant, _language);
        if (file is not null)
        {
            return Core.VoiceApps.Prompt.Audio(file.Id);
        }

        problems.Add(new SentenceProblem(refusal!.Key, refusal.Args));
        return null;
    }

    /// <summary>
    /// A validator's problem in words: ids become the names of people, queues and accounts, and fields such as
    /// "DefaultCallFlow.Menu.Tone2.CallTarget" become "business hours, key 2".
    /// </summary>
    public string Describe(Error problem)
    {
        var names = Names();
        var args = problem.Args.Select(arg => names.GetValueOrDefault(arg.Trim().ToLowerInvariant()) ?? Field(arg)).ToArray();
        return new Error(problem.Code, (IReadOnlyList<string>)args).Describe(_language);
    }

    private string Field(string text)
    {
        if (text == "Operator")
        {
            return BotText.Get(_language, "AaShow_Operator");
        }

        var match = FieldPath().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var flow = BotText.Get(_language, match.Groups["flow"].Value == "DefaultCallFlow" ? "AaShow_DefaultFlow" : "AaShow_AfterHoursFlow");
        return match.Groups["key"].Success
            ? BotText.Get(_language, "Aa2_FieldKey", flow, match.Groups["key"].Value)
            : BotText.Get(_language, "Aa2_FieldFlow", flow);
    }

    private CallableEntity? Named(TargetAsk ask, string? selfId, List<SentenceProblem> problems, out bool missing)
    {
        missing = false;
        var name = VoiceAppReplies.Fold(ask.Text);
        var queues = ask.Hint is TargetHint.None or TargetHint.Queue ? _queues.Where(q => VoiceAppReplies.Fold(q.Settings.Name) == name).ToArray() : [];
        var attendants = ask.Hint is TargetHint.None or TargetHint.Attendant
            ? _attendants.Where(a => VoiceAppReplies.Fold(a.Name) == name && a.Id != selfId).ToArray()
            : [];
        if (queues.FirstOrDefault() is { } queue)
        {
            return Through(queue.Id, queue.Settings.Name, "Aa2_QueueNeedsAccount", problems);
        }

        if (attendants.FirstOrDefault() is { } attendant)
        {
            return Through(attendant.Id, attendant.Name, "Aa2_AttendantNeedsAccount", problems);
        }

        if (ask.Hint is TargetHint.None or TargetHint.Person)
        {
            var people = _people.Where(p => VoiceAppReplies.Fold(p.DisplayName) == name).ToArray();
            if (people.Length == 0)
            {
                people = _people.Where(p => VoiceAppReplies.Fold(p.DisplayName).Split(' ')[0] == name
                    || VoiceAppReplies.Fold(p.Upn.Split('@')[0]) == name).ToArray();
            }

            if (people.Length > 1)
            {
                problems.Add(new SentenceProblem("Aa2_Ambiguous", ask.Shown, string.Join(", ", people.Select(p => p.DisplayName).Order(StringComparer.Ordinal))));
                return null;
            }

            if (people.Length == 1)
            {
                return new CallableEntity(CallableEntityType.User, people[0].AadObjectId.ToLowerInvariant());
            }
        }

        missing = true;
        return null;
    }

    // A nested voice app is reached through a resource account linked to it; its number does not matter.
    private CallableEntity? Through(string id, string name, string missingKey, List<SentenceProblem> problems)
    {
        var account = _accounts
            .Where(a => a.AssociatedWith is { } served && served.Equals(id, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Number is null)
            .ThenBy(a => a.Upn, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        if (account is null)
        {
            problems.Add(new SentenceProblem(missingKey, name));
            return null;
        }

        return new CallableEntity(CallableEntityType.ApplicationEndpoint, account.Id.ToLowerInvariant());
    }

    private static CallableEntity? External(string text, List<SentenceProblem> problems)
    {
        var number = E164Number.TryParse(text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..] : text);
        if (!number.IsSuccess)
        {
            problems.Add(new SentenceProblem("Aa2_NumberInvalid", text));
            return null;
        }

        return new CallableEntity(CallableEntityType.ExternalPstn, "tel:" + number.Value);
    }

    private CallableEntity? Voicemail(string owner, List<SentenceProblem> problems)
    {
        if (GroupId().Match(owner) is { Success: true } group)
        {
            return new CallableEntity(CallableEntityType.SharedVoicemail, group.Value.ToLowerInvariant());
        }

        var name = VoiceAppReplies.Fold(owner);
        var person = name.Length == 0 ? null
            : _people.FirstOrDefault(p => VoiceAppReplies.Fold(p.DisplayName) == name || VoiceAppReplies.Fold(p.DisplayName).Split(' ')[0] == name);
        problems.Add(person is null
            ? new SentenceProblem("Aa2_VoicemailWhose")
            : new SentenceProblem("Aa2_VoicemailPerson", person.DisplayName));
        return null;
    }

    [GeneratedRegex(@"^(?<flow>DefaultCallFlow|AfterHoursCallFlow)(?:\.Menu(?:\.Tone(?<key>\d))?)?(?:\.\w+)*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex GroupId();
}
