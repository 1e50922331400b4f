using ChatPhone.Core.Common;

namespace ChatPhone.Core.Commands;

/// <summary>A command that changes state: who asks, and the idempotency key that makes a replay harmless.</summary>
public interface IMutation
{
    /// <summary>Who runs the command.</summary>
    Actor Actor { get; }

    /// <summary>Identifies this request; running it again returns the first result and changes nothing.</summary>
    IdempotencyKey Key { get; }
}
