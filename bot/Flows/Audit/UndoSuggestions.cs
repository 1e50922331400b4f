using System.Text.Json;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Bot.Flows.Audit;

/// <summary>
/// The sentence that reverses an audited change by chat, read from the entries that change wrote: licenses given are
/// removed, licenses removed are given back, a number assigned is unassigned. Null when no chat command reverses it.
/// The sentences are ones the bot itself recognises (people by UPN, licenses by name and part number).
/// </summary>
public sealed class UndoSuggestions(IDirectoryStore directory)
{
    // The audit action names core writes for the commands that have a reverse command by chat.
    private const string LicenseAssign = "license.assign";
    private const string LicenseAssignBulk = "license.assign_bulk";
    private const string LicenseRemove = "license.remove";
    private const string NumberAssign = "number.assign";

    /// <summary>The reversing sentence for the entries of one change, in <paramref name="language"/>, or null.</summary>
    public async Task<string?> ForAsync(Actor actor, IReadOnlyList<AuditEntry> change, Language language, CancellationToken cancellationToken)
    {
        var action = change.Count == 0 ? null : change[0].Action;
        switch (action)
        {
            case NumberAssign:
                var number = change.Select(e => IdIn(e, NumberCollections.Numbers.Name)).OfType<string>().FirstOrDefault();
                return number is null ? null : BotText.Get(language, "Undo_SayUnassign", number);
            case LicenseAssign or LicenseAssignBulk or LicenseRemove:
                var moved = LicenseMoves(change, added: action != LicenseRemove);
                if (moved.Count == 0)
                {
                    return null;
                }

                var who = new List<string>();
                foreach (var userId in moved.Keys)
                {
                    who.Add(await directory.FindAsync(actor.Tenant, userId, cancellationToken) is { IsSuccess: true } person ? person.Value.Upn : userId);
                }

                var skus = SkuText.List(moved.Values.SelectMany(s => s).Distinct().Order().ToArray(), language);
                var people = string.Join(BotText.Get(language, "Undo_And"), who);
                return BotText.Get(language, action == LicenseRemove ? "Undo_SayGive" : "Undo_SayRemove", skus, people);
            default:
                return null;
        }
    }

    // Per person, the licenses the change added (or removed), from the before and after states of their licenses document.
    private static Dictionary<string, IReadOnlyList<Sku>> LicenseMoves(IReadOnlyList<AuditEntry> change, bool added)
    {
        var moves = new Dictionary<string, IReadOnlyList<Sku>>(StringComparer.Ordinal);
        foreach (var entry in change)
        {
            if (IdIn(entry, LicensingCollections.Users.Name) is not { } userId)
            {
                continue;
            }

            var before = Skus(entry.Before);
            var after = Skus(entry.After);
            var moved = added ? after.Except(before).ToArray() : before.Except(after).ToArray();
            if (moved.Length > 0)
            {
                moves[userId] = moved;
            }
        }

        return moves;
    }

    private static IReadOnlyList<Sku> Skus(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, LicensingCollections.Users.Type)?.Skus ?? [];
        }
        catch (JsonException)
        {
            // An entry written by another schema: no suggestion rather than a wrong one.
            return [];
        }
    }

    private static string? IdIn(AuditEntry entry, string collection) =>
        entry.Target.StartsWith(collection + ":", StringComparison.Ordinal) ? entry.Target[(collection.Length + 1)..] : null;
}
