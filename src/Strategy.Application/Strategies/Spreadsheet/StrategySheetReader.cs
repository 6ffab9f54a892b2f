using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Format;
using static Strategy.Application.Strategies.Spreadsheet.StrategySheets;

namespace Strategy.Application.Strategies.Spreadsheet;

/// <summary>
/// Reads the sheets of <see cref="StrategySheets"/> into a strategy model. The hierarchy comes from
/// dotted codes (1 → 1.1 → 1.1.1); level names from the "Poziom" column. Every problem is reported
/// with its sheet, row and column, and any problem stops the whole file — except a missing element
/// title, which the person can supply in the import preview, so it is a warning.
/// </summary>
public static partial class StrategySheetReader
{
    private sealed class Node(ElementModel model, int row)
    {
        public ElementModel Model { get; set; } = model;
        public int Row { get; } = row;
        public List<Node> Children { get; } = [];
        public List<IndicatorModel> Indicators { get; } = [];
    }

    public static (StrategyModel Model, IReadOnlyList<CellError> Warnings) Read(IReadOnlyList<Sheet> sheets, string? title)
    {
        var errors = new List<CellError>();
        var warnings = new List<CellError>();
        Sheet? Find(string name) => sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));

        var header = ReadStrategy(Find(StrategySheet), title, errors);
        var elementsSheet = Find(ElementsSheet);
        if (elementsSheet is null)
        {
            throw new SpreadsheetException([new CellError(ElementsSheet, 1, null, $"Brak arkusza „{ElementsSheet}” (arkusze w pliku: {string.Join(", ", sheets.Select(s => s.Name))}).")]);
        }

        var (roots, nodes, levels) = ReadElements(elementsSheet, errors, warnings);
        if (Find(IndicatorsSheet) is { } indicators)
        {
            ReadIndicators(indicators, nodes, header.PeriodStart, header.PeriodEnd, errors);
        }

        if (errors.Count > 0)
        {
            throw new SpreadsheetException(errors);
        }

        ElementModel Build(Node n) => n.Model with
        {
            Indicators = n.Indicators.Count > 0 ? n.Indicators : null,
            Children = n.Children.Count > 0 ? n.Children.Select(Build).ToList() : null,
        };

        return (header with { Levels = levels, Elements = roots.Select(Build).ToList() }, warnings);
    }

    private static StrategyModel ReadStrategy(Sheet? sheet, string? title, List<CellError> errors)
    {
        var model = new StrategyModel(1, title?.Trim() ?? "", [], []);
        var titleRow = 1;
        if (sheet is not null)
        {
            var table = SheetTable.Open(sheet, StrategyColumns, errors);
            foreach (var row in table.Rows())
            {
                var value = row[Value];
                switch (row[Field])
                {
                    case var f when Is(f, Title):
                        titleRow = row.Number;
                        model = value.Length > 0 ? model with { Title = value } : model;
                        break;
                    case var f when Is(f, PeriodStart):
                        model = model with { PeriodStart = Year(row, Value, value, errors) };
                        break;
                    case var f when Is(f, PeriodEnd):
                        model = model with { PeriodEnd = Year(row, Value, value, errors) };
                        break;
                    case var f when Is(f, Resolution):
                        model = model with { AdoptionResolution = value.Length > 0 ? value : null };
                        break;
                    case var f when Is(f, Status):
                        model = model with { Status = Is(value, Adopted) ? "adopted" : null };
                        if (value.Length > 0 && !Is(value, Adopted) && !Is(value, Draft))
                        {
                            errors.Add(row.Error(Value, $"Status to „{Adopted}” albo „{Draft}”."));
                        }

                        break;
                    case var f:
                        errors.Add(row.Error(Field, $"Nieznane pole „{f}”; dozwolone: {Title}, {PeriodStart}, {PeriodEnd}, {Resolution}, {Status}."));
                        break;
                }
            }
        }

        if (model.Title.Length == 0)
        {
            errors.Add(new CellError(StrategySheet, titleRow, Value, "Podaj tytuł strategii (w arkuszu albo w formularzu importu)."));
        }

        if (model is { PeriodStart: { } from, PeriodEnd: { } to } && from > to)
        {
            errors.Add(new CellError(StrategySheet, 1, Value, $"Początek okresu ({from}) jest późniejszy niż koniec ({to})."));
        }

        return model;
    }

    private static (List<Node> Roots, Dictionary<string, Node> ByCode, List<string> Levels) ReadElements(Sheet sheet, List<CellError> errors, List<CellError> warnings)
    {
        var table = SheetTable.Open(sheet, ElementColumns, errors);
        var roots = new List<Node>();
        var byCode = new Dictionary<string, Node>(StringComparer.Ordinal);
        var levels = new Dictionary<int, (string Name, int Row)>();
        foreach (var row in table.Rows())
        {
            var code = row[Code];
            var title = row[Title];
            if (!CodePattern().IsMatch(code))
            {
                errors.Add(row.Error(Code, code.Length == 0 ? "Brak kodu elementu." : $"Kod „{code}” ma nieprawidłową postać; kody poziomów oddziela kropka, np. 1, 1.2, 1.2.3."));
                continue;
            }

            if (title.Length == 0)
            {
                warnings.Add(row.Error(Title, $"Element {code} nie ma tytułu."));
            }

            var depth = code.Count(c => c == '.') + 1;
            var level = row[Level];
            if (level.Length > 0 && !levels.TryAdd(depth, (level, row.Number)) && levels[depth].Name != level)
            {
                errors.Add(row.Error(Level, $"Poziom {depth} nazywa się już „{levels[depth].Name}” (wiersz {levels[depth].Row}); jeden poziom ma jedną nazwę."));
            }

            var node = new Node(
                new ElementModel(row[OwnNumber] is { Length: > 0 } own ? own : code, title, Optional(row[Statement]), Optional(row[Narrative]),
                    Names(row[Coordinators]), Names(row[Partners]), Names(row[Implementers]),
                    Funding: Optional(row[Funding]), TimeFrame: Optional(row[TimeFrame])),
                row.Number);
            if (!byCode.TryAdd(code, node))
            {
                errors.Add(row.Error(Code, $"Kod {code} występuje już w wierszu {byCode[code].Row}."));
                continue;
            }

            var parentCode = depth == 1 ? null : code[..code.LastIndexOf('.')];
            if (parentCode is null)
            {
                roots.Add(node);
            }
            else if (byCode.TryGetValue(parentCode, out var parent))
            {
                parent.Children.Add(node);
            }
            else
            {
                errors.Add(row.Error(Code, $"Brak elementu nadrzędnego {parentCode} wyżej w arkuszu."));
            }
        }

        if (byCode.Count == 0 && table.HeaderRow > 0)
        {
            errors.Add(new CellError(sheet.Name, table.HeaderRow + 1, null, "Arkusz nie zawiera żadnego elementu strategii."));
        }

        var depthCount = byCode.Count == 0 ? 0 : byCode.Keys.Max(c => c.Count(ch => ch == '.') + 1);
        var names = Enumerable.Range(1, depthCount).Select(d => levels.TryGetValue(d, out var l) ? l.Name : $"Poziom {d}").ToList();
        return (roots, byCode, names);
    }

    private static void ReadIndicators(Sheet sheet, Dictionary<string, Node> elements, int? periodStart, int? periodEnd, List<CellError> errors)
    {
        var table = SheetTable.Open(sheet, IndicatorColumns, errors, IsYearColumn);
        foreach (var row in table.Rows())
        {
            var code = row[ElementCode];
            var name = row[Name];
            if (!elements.TryGetValue(code, out var element))
            {
                errors.Add(row.Error(ElementCode, code.Length == 0 ? "Podaj kod elementu, do którego należy wskaźnik." : $"W arkuszu „{ElementsSheet}” nie ma elementu {code}."));
            }

            if (name.Length == 0)
            {
                errors.Add(row.Error(Name, "Wskaźnik nie ma nazwy."));
            }

            var direction = row[Direction] switch
            {
                "" => null,
                var d when Is(d, Increase) => "increase",
                var d when Is(d, Decrease) => "decrease",
                var d => Fail<string>(row.Error(Direction, $"„{d}”: kierunek to „{Increase}” albo „{Decrease}” (albo puste)."), errors),
            };

            var measurements = new List<MeasurementModel>();
            foreach (var (header, text) in row.Extra.Where(x => x.Value.Length > 0))
            {
                var year = int.Parse(header, CultureInfo.InvariantCulture);
                if (year < periodStart || year > periodEnd)
                {
                    errors.Add(row.Error(header, $"Rok {year} jest poza okresem strategii ({periodStart}–{periodEnd})."));
                }
                else if (YearValueCell.Read(year, text, out var error) is { } measurement)
                {
                    measurements.Add(measurement);
                }
                else
                {
                    errors.Add(row.Error(header, error!));
                }
            }

            var indicator = new IndicatorModel(
                name,
                Optional(row[Unit]),
                Optional(row[DataSource]),
                Optional(row[Supplier]),
                direction,
                YearValue(row, BaselineYear, BaselineValue, errors),
                YearValue(row, TargetYear, TargetValue, errors),
                measurements.Count > 0 ? measurements : null);
            element?.Indicators.Add(indicator);
        }
    }

    private static YearValueModel? YearValue(SheetRow row, string yearColumn, string valueColumn, List<CellError> errors)
    {
        var (yearText, valueText) = (row[yearColumn], row[valueColumn]);
        if (yearText.Length == 0 && valueText.Length == 0)
        {
            return null;
        }

        var year = Year(row, yearColumn, yearText, errors);
        decimal value = 0;
        if (!PolishNumber.TryParse(valueText, out value))
        {
            errors.Add(row.Error(valueColumn, valueText.Length == 0 ? $"Podaj wartość do roku w kolumnie „{yearColumn}”." : $"„{valueText}” nie jest liczbą (np. 1 234,5)."));
        }

        return year is { } y ? new YearValueModel(y, value) : null;
    }

    private static int? Year(SheetRow row, string column, string text, List<CellError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
        {
            return year;
        }

        errors.Add(row.Error(column, $"„{text}” nie jest rokiem (np. 2024)."));
        return null;
    }

    private static T? Fail<T>(CellError error, List<CellError> errors)
        where T : class
    {
        errors.Add(error);
        return null;
    }

    private static IReadOnlyList<string>? Names(string cell)
    {
        var names = cell.Split([';', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => WhiteSpace().Replace(n, " "))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count > 0 ? names : null;
    }

    private static string? Optional(string text) => text.Length > 0 ? text : null;

    private static bool Is(string text, string expected) => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[^\s.]+(\.[^\s.]+)*$", RegexOptions.NonBacktracking)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex WhiteSpace();
}
