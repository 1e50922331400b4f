using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>Reads the tenant's directory from its source (Microsoft 365) and plans bringing ChatPhone's people in line.</summary>
public sealed record PlanDirectorySync(Actor Actor);
