using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>Discard a planned import that was not applied. Admins only.</summary>
public sealed record DiscardDirectoryImport(Actor Actor, string ImportId);
