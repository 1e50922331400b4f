using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Directory;

/// <summary>The directory as a collection commands can read (writes go through the directory import).</summary>
public static class DirectoryCollections
{
    /// <summary>People, by AAD object id (lower-case).</summary>
    public static readonly DocumentCollection<Person> People = new("people", Person.SchemaVersion, CoreJsonContext.Default.Person) { SharesReads = true };
}
