namespace ChatPhone.Graph.Directory;

/// <summary>
/// One page of users. <see cref="NextLink"/> is the URL of the next page (followed as is, never rebuilt);
/// <see cref="DeltaLink"/> is set on the last page of a delta round, to ask later for what changed since.
/// </summary>
public sealed record GraphPeoplePage(IReadOnlyList<GraphPerson> People, string? NextLink, string? DeltaLink);
