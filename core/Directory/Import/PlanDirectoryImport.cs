using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>Parse a directory CSV and show what importing it would change. Admins only.</summary>
public sealed record PlanDirectoryImport(Actor Actor, string Csv);
