using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>Apply a planned import. Admins only; a replay of <paramref name="Key"/> changes nothing.</summary>
public sealed record ApplyDirectoryImport(Actor Actor, string ImportId, IdempotencyKey Key);
