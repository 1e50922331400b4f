using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.SelfService;

/// <summary>"What's my number?" for the person asking.</summary>
public sealed class MyNumbersQuery(IUserNumbers numbers)
{
    /// <summary>The actor's numbers, or <c>directory.not_a_member</c> when they are not in the directory.</summary>
    public async Task<Result<IReadOnlyList<AssignedNumber>>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role == Directory.Role.Unknown)
        {
            return new Error("directory.not_a_member");
        }

        var assigned = await numbers.ForUserAsync(actor.Tenant, actor.UserId, cancellationToken);
        return Result<IReadOnlyList<AssignedNumber>>.Ok(assigned);
    }
}
