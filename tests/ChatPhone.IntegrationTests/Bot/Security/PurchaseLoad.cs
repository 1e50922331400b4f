using System.Collections.Concurrent;
using System.Diagnostics;
using ChatPhone.Bot;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Admins buying licenses through the bot as people do while something crashes: "buy N … licenses", then Confirm on
/// the plan card. A command counts as acknowledged when the bot said it was done ("… bought in all", or "Already done
/// by you" when a retried click finds it applied). When the bot says the store is unreachable the admin does what the
/// message says — tries again (the same Confirm, so its idempotency key); when the bot cannot be reached at all (its
/// process was killed) the admin retries the same way. Every answer's time is recorded, and a command found already
/// applied after the bot had said "nothing was changed" to every click of it is counted as untruthful.
/// </summary>
internal sealed class PurchaseLoad(Func<HttpClient> client, string tenant, int seed)
{
    private static readonly (Sku Sku, string English, string French)[] Skus =
    [
        (Sku.PhoneSystem, "Phone System", "Phone System"),
        (Sku.AudioConferencing, "Audio Conferencing", "de conférence audio"),
    ];

    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentQueue<TimeSpan> _downAnswers = new();
    private int _unreachable;
    private int _misunderstood;
    private int _uncertain;
    private int _untruthful;

    /// <summary>Every command the bot said it applied, in the order it said so.</summary>
    public IReadOnlyList<Acknowledged> AcknowledgedCommands => [.. _acknowledged];

    /// <summary>Confirms answered "I can’t tell whether it was made".</summary>
    public int Uncertain => _uncertain;

    /// <summary>Commands found applied although every click of their Confirm had been answered "nothing was changed".</summary>
    public int Untruthful => _untruthful;

    /// <summary>How long each "store unreachable" answer (either wording) took.</summary>
    public IReadOnlyList<TimeSpan> DownAnswers => [.. _downAnswers];

    /// <summary>Turns that got no answer at all (the bot's process was down).</summary>
    public int Unreachable => _unreachable;

    /// <summary>Sentences answered "I did not understand" (retyped); only a starved CPU should cause any.</summary>
    public int Misunderstood => _misunderstood;

    /// <summary>
    /// Runs one admin until <paramref name="stop"/> is cancelled, then finishes the command in hand (retrying its
    /// Confirm until the bot answers it), so every command started is acknowledged in the end.
    /// </summary>
    public async Task RunAdminAsync(string adminId, string conversation, Language language, CancellationToken stop)
    {
        var random = new Random(HashCode.Combine(seed, adminId));
        while (!stop.IsCancellationRequested)
        {
            var (sku, english, french) = Skus[random.Next(Skus.Length)];
            var quantity = random.Next(1, 6);
            var text = language == Language.French ? $"achète {quantity} licences {french}" : $"buy {quantity} {english} licenses";
            var (_, plan) = await TurnAsync(Message(adminId, text, conversation, tenant, Locale(language)), language);
            if (plan is null)
            {
                continue;
            }

            if (Shown(plan).Contains(BotText.Get(language, "DidNotUnderstand"), StringComparison.Ordinal))
            {
                // Recognition gives up when its regex time limit passes, which a starved CPU can cause; the person retypes.
                Interlocked.Increment(ref _misunderstood);
                continue;
            }

            if (!Shown(plan).Contains("plan.confirm", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"No plan card for \"{text}\" (seed {seed}): {Shown(plan)}");
            }

            var confirm = ConfirmData(plan);
            var mayBeApplied = false;
            while (true)
            {
                var click = Invoke(adminId, confirm, conversation, Locale(language));
                click["conversation"]!["tenantId"] = tenant;
                var (answer, replies) = await TurnAsync(click, language);
                mayBeApplied |= answer is Answer.MaybeChanged or Answer.None;
                if (replies is null)
                {
                    continue;
                }

                var shown = Shown(replies);
                if (!IsDone(shown, language))
                {
                    throw new InvalidOperationException($"Unexpected answer to Confirm (seed {seed}): {shown}");
                }

                var replayed = IsReplay(shown, language);
                if (replayed && !mayBeApplied)
                {
                    // Every earlier click of this Confirm was told "nothing was changed", yet one of them had applied it.
                    Interlocked.Increment(ref _untruthful);
                }

                _acknowledged.Enqueue(new Acknowledged(adminId, sku, quantity, replayed));
                break;
            }
        }
    }

    // One turn; no replies when it must be tried again (the store or the bot unreachable, said in the right language).
    private async Task<(Answer Answer, IReadOnlyList<JObject>? Replies)> TurnAsync(JObject activity, Language language)
    {
        var watch = Stopwatch.StartNew();
        IReadOnlyList<JObject> replies;
        try
        {
            replies = await SendAsync(client(), activity);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _unreachable);
            await Task.Delay(200);
            return (Answer.None, null);
        }

        var shown = Shown(replies);
        var other = language == Language.French ? Language.English : Language.French;
        if (new[] { StoreUnavailable(other), StoreUncertain(other), BotText.Get(language, "Error_Generic") }.Any(t => shown.Contains(t, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Answered \"{shown}\" to a {language} speaker (seed {seed}).");
        }

        var answer = shown.Contains(StoreUnavailable(language), StringComparison.Ordinal) ? Answer.NothingChanged
            : shown.Contains(StoreUncertain(language), StringComparison.Ordinal) ? Answer.MaybeChanged
            : Answer.Replied;
        if (answer == Answer.Replied)
        {
            return (answer, replies);
        }

        _downAnswers.Enqueue(watch.Elapsed);
        if (answer == Answer.MaybeChanged)
        {
            Interlocked.Increment(ref _uncertain);
        }

        await Task.Delay(100);
        return (answer, null);
    }

    /// <summary>What the bot says when the store cannot be reached, in <paramref name="language"/>.</summary>
    public static string StoreUnavailable(Language language) => new Error("store.unavailable").Describe(language);

    /// <summary>What the bot says when the store failed while a change was being saved, in <paramref name="language"/>.</summary>
    public static string StoreUncertain(Language language) => new Error("store.unavailable_uncertain").Describe(language);

    private static bool IsDone(string shown, Language language) =>
        shown.Contains(language == Language.French ? " au total, dont " : "bought in all", StringComparison.Ordinal)
        || IsReplay(shown, language);

    private static bool IsReplay(string shown, Language language) =>
        shown.Contains(language == Language.French ? "Déjà fait par vous" : "Already done by you", StringComparison.Ordinal);

    private static string Locale(Language language) => language == Language.French ? "fr-FR" : "en-US";
}

/// <summary>How a turn was answered.</summary>
internal enum Answer
{
    /// <summary>Normally.</summary>
    Replied,

    /// <summary>"The store is unreachable, nothing was changed".</summary>
    NothingChanged,

    /// <summary>"The store stopped answering while saving; can’t tell whether it was made".</summary>
    MaybeChanged,

    /// <summary>Not at all: the bot's process was down.</summary>
    None,
}

/// <summary>A purchase the bot said was done; <paramref name="Replayed"/> when the answer was "Already done by you".</summary>
internal sealed record Acknowledged(string AdminId, Sku Sku, int Quantity, bool Replayed);
