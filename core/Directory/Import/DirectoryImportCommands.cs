using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>Parse a directory CSV and show what importing it would change. Admins only.</summary>
public sealed record PlanDirectoryImport(Actor Actor, string Csv);

/// <summary>Apply a planned import. Admins only; a replay of <paramref name="Key"/> changes nothing.</summary>
public sealed record ApplyDirectoryImport(Actor Actor, string ImportId, IdempotencyKey Key);

/// <summary>Discard a planned import that was not applied. Admins only.</summary>
public sealed record DiscardDirectoryImport(Actor Actor, string ImportId);
