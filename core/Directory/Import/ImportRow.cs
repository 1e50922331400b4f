using ChatPhone.Core.Common;

namespace ChatPhone.Core.Directory.Import;

/// <summary>A good CSV row: the person it describes and the line it came from.</summary>
public sealed record ImportRow(int Line, Person Person);

/// <summary>A rejected CSV row: its line number and why (a coded, bilingual <see cref="Error"/>).</summary>
public sealed record RowProblem(int Line, Error Reason);

/// <summary>A parsed directory file: the rows that can be imported and the rows that cannot.</summary>
public sealed record ImportFile(IReadOnlyList<ImportRow> Rows, IReadOnlyList<RowProblem> Problems);
