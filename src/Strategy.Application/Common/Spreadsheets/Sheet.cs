namespace Strategy.Application.Common.Spreadsheets;

/// <summary>
/// One sheet of a spreadsheet as read: <c>Rows[i]</c> is spreadsheet row <c>i + 1</c> (empty rows
/// kept as empty lists, so row numbers in messages match what the person sees), each cell as text.
/// Numbers come as Polish text without grouping ("11,6"), so one parser reads typed and stored values.
/// </summary>
public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// One sheet to write: a header row, then data rows whose cells are <c>string</c>, <c>decimal</c>,
/// <c>int</c> or null (numbers are written as numbers, so a spreadsheet can compute with them).
/// </summary>
public sealed record SheetContent(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
