using System.Net.Mail;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>
/// Turns the directory CSV (header exactly <see cref="Header"/>) into people, reporting each bad
/// row with its line number. Pure: it knows nothing of what the tenant already holds.
/// </summary>
public static class DirectoryCsvParser
{
    /// <summary>The required header, in this order.</summary>
    public const string Header = "upn,displayName,aadObjectId,usageLocation,department,role";

    /// <summary>Most rows one file may hold; larger directories are imported in several files.</summary>
    public const int MaxRows = 20_000;

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>Parses <paramref name="csv"/>; a file-level problem (no header, wrong header) fails the whole file.</summary>
    public static Result<ImportFile> Parse(string csv)
    {
        var read = CsvReader.Read(csv);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var records = read.Value;
        if (records.Count == 0 || !IsHeader(records[0].Fields))
        {
            return new Error("directory.csv.bad_header", Header);
        }

        if (records.Count - 1 > MaxRows)
        {
            return new Error("directory.csv.too_many_rows", MaxRows);
        }

        return Rows(records.Skip(1).Select(r => (r.Line, r.Fields)));
    }

    /// <summary>
    /// Rows given as fields in the file's column order (<see cref="Header"/>), checked as a file's are: the same problems
    /// for the same values, duplicates included. A directory source's people go through it too.
    /// </summary>
    public static ImportFile Rows(IEnumerable<(int Line, IReadOnlyList<string> Fields)> records)
    {
        var rows = new List<ImportRow>();
        var problems = new List<RowProblem>();
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenUpns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var record in records)
        {
            var row = ParseRow(record.Fields);
            if (!row.IsSuccess)
            {
                problems.Add(new RowProblem(record.Line, row.Error));
            }
            else if (!seenIds.Add(row.Value.AadObjectId))
            {
                problems.Add(new RowProblem(record.Line, new Error("directory.row.duplicate_id", row.Value.AadObjectId)));
            }
            else if (!seenUpns.Add(row.Value.Upn))
            {
                problems.Add(new RowProblem(record.Line, new Error("directory.row.duplicate_upn", row.Value.Upn)));
            }
            else
            {
                rows.Add(new ImportRow(record.Line, row.Value));
            }
        }

        return new ImportFile(rows, problems);
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count == Columns.Length
        && fields.Select(f => f.Trim()).SequenceEqual(Columns, StringComparer.Ordinal);

    private static Result<Person> ParseRow(IReadOnlyList<string> fields)
    {
        if (fields.Count != Columns.Length)
        {
            return new Error("directory.row.field_count", Columns.Length, fields.Count);
        }

        var f = fields.Select(v => v.Trim()).ToArray();
        var (upn, displayName, aadObjectId, usageLocation, department, role) = (f[0], f[1], f[2], f[3], f[4], f[5]);

        // Department is the only optional column.
        for (var i = 0; i < Columns.Length; i++)
        {
            if (f[i].Length == 0 && Columns[i] != "department")
            {
                return new Error("directory.row.missing_field", Columns[i]);
            }
        }

        if (!IsUpn(upn))
        {
            return new Error("directory.row.malformed_upn", upn);
        }

        if (!IsObjectId(aadObjectId))
        {
            return new Error("directory.row.invalid_id", aadObjectId);
        }

        if (!IsoCountries.IsValid(usageLocation))
        {
            return new Error("directory.row.invalid_usage_location", usageLocation);
        }

        if (!Roles.TryParse(role, out var parsedRole))
        {
            return new Error("directory.row.unknown_role", role);
        }

        if (displayName.Length > 256 || department.Length > 256)
        {
            return new Error("directory.row.field_too_long");
        }

        return new Person(aadObjectId.ToLowerInvariant(), upn.ToLowerInvariant(), displayName,
            usageLocation.ToUpperInvariant(), department, parsedRole);
    }

    /// <summary>A UPN is an e-mail-shaped name: one '@', a dotted domain, no spaces or display-name parts.</summary>
    internal static bool IsUpn(string text) =>
        text.Length <= 256
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && string.IsNullOrEmpty(address.DisplayName)
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    /// <summary>Object ids are opaque but printable: what <see cref="UserId"/> accepts.</summary>
    internal static bool IsObjectId(string text) => UserId.IsValid(text);
}
