using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Common;

/// <summary>
/// Turns what an admin typed about a person ("alex@contoso.com", "Alex", "Chloé Dubois") into one
/// directory entry of their tenant, or says why not (nobody, or several people: name them).
/// </summary>
public sealed class PeopleResolver(IDirectoryStore directory)
{
    /// <summary>The one person <paramref name="mention"/> names in the actor's tenant.</summary>
    public async Task<Result<Person>> ResolveAsync(Actor actor, string? mention, CancellationToken cancellationToken)
    {
        var text = mention?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new Error("directory.person_not_found", text);
        }

        var exact = await directory.FindAsync(actor.Tenant, text, cancellationToken);
        if (exact.IsSuccess)
        {
            return exact;
        }

        var wanted = Fold(text);
        var people = await directory.ListAsync(actor.Tenant, cancellationToken);
        var matches = people.Where(p => Fold(p.DisplayName) == wanted).ToArray();
        if (matches.Length == 0)
        {
            matches = people.Where(p => Fold(p.DisplayName).Split(' ').Contains(wanted) || Fold(p.Upn).Split('@')[0].Split('.').Contains(wanted)).ToArray();
        }

        return matches.Length switch
        {
            1 => matches[0],
            0 => new Error("directory.person_not_found", text),
            _ => new Error("directory.person_ambiguous", text, string.Join(", ", matches.Select(p => $"{p.DisplayName} ({p.Upn})"))),
        };
    }

    private static string Fold(string text) => TextFolding.Fold(text);
}
