using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>One person to write: the stored version (null when new) and the imported one.</summary>
public sealed record PersonChange(Person? Before, Person After);

/// <summary>The difference between a file's rows and what the tenant holds.</summary>
public sealed record ImportDiff(IReadOnlyList<PersonChange> Changes, int Unchanged, IReadOnlyList<RowProblem> Problems)
{
    /// <summary>Number of people the import creates.</summary>
    public int New => Changes.Count(c => c.Before is null);

    /// <summary>Number of existing people the import changes.</summary>
    public int Updated => Changes.Count(c => c.Before is not null);

    /// <summary>
    /// Compares <paramref name="rows"/> with the stored people (by object id) and the stored UPN owners.
    /// A row whose UPN already belongs to someone else becomes a problem rather than a change.
    /// </summary>
    public static ImportDiff Compute(
        IEnumerable<ImportRow> rows,
        IReadOnlyDictionary<string, Person> existing,
        IReadOnlyDictionary<string, string> upnOwners)
    {
        var changes = new List<PersonChange>();
        var problems = new List<RowProblem>();
        var unchanged = 0;

        foreach (var row in rows)
        {
            var person = row.Person;
            if (upnOwners.TryGetValue(person.Upn, out var owner) && owner != person.AadObjectId)
            {
                problems.Add(new RowProblem(row.Line, new Error("directory.row.upn_taken", person.Upn)));
                continue;
            }

            existing.TryGetValue(person.AadObjectId, out var before);
            if (before == person)
            {
                unchanged++;
            }
            else
            {
                changes.Add(new PersonChange(before, person));
            }
        }

        return new ImportDiff(changes, unchanged, problems);
    }
}
