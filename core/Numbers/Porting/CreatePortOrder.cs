using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Submits a port: runs the portability check, then creates a wizard order, or a manual service request when the wizard can't be used.</summary>
public sealed record CreatePortOrder(Actor Actor, IdempotencyKey Key, PortRequest Request) : IMutation;
