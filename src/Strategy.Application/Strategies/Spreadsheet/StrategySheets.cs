using System.Text.RegularExpressions;
using Strategy.Application.Common.Spreadsheets;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Spreadsheet;

/// <summary>
/// The spreadsheet form of a strategy: a sheet about the strategy, one row per element, one row per
/// indicator with a column per year. Easier to fill than JSON; notes on values are not carried
/// (the JSON format is the complete copy). The empty template is the same sheets without rows.
/// </summary>
public static partial class StrategySheets
{
    public const string StrategySheet = "Strategia";
    public const string ElementsSheet = "Elementy";
    public const string IndicatorsSheet = "Wskaźniki";

    public const string Field = "Pole", Value = "Wartość";
    public const string Title = "Tytuł", PeriodStart = "Początek okresu", PeriodEnd = "Koniec okresu", Resolution = "Uchwała", Status = "Status";
    public const string Adopted = "przyjęta", Draft = "projekt";

    public const string Code = "Kod", Level = "Poziom", Statement = "Cel", Narrative = "Opis",
        Coordinators = "Koordynatorzy", Partners = "Partnerzy", Implementers = "Realizatorzy", Funding = "Źródła finansowania",
        TimeFrame = "Termin realizacji", OwnNumber = "Numer w dokumencie";

    public const string ElementCode = "Kod elementu", Name = "Nazwa", Unit = "Jednostka", DataSource = "Źródło danych",
        Supplier = "Dostawca danych", Direction = "Kierunek", BaselineYear = "Rok bazowy", BaselineValue = "Wartość bazowa",
        TargetYear = "Rok docelowy", TargetValue = "Wartość docelowa";

    public const string Increase = "wzrost", Decrease = "spadek";

    public static readonly IReadOnlyList<SheetColumn> StrategyColumns = [new(Field, true), new(Value, true)];

    public static readonly IReadOnlyList<SheetColumn> ElementColumns =
        [new(Code, true), new(Level), new(Title, true), new(Statement), new(Narrative), new(Coordinators), new(Partners), new(Implementers), new(Funding), new(TimeFrame), new(OwnNumber)];

    public static readonly IReadOnlyList<SheetColumn> IndicatorColumns =
        [new(ElementCode, true), new(Name, true), new(Unit), new(DataSource), new(Supplier), new(Direction), new(BaselineYear), new(BaselineValue), new(TargetYear), new(TargetValue)];

    /// <summary>How a CSV file tells its parts apart: by the first header cell of each.</summary>
    public static readonly IReadOnlyList<(string FirstHeader, string Sheet)> CsvParts =
        [(Code, ElementsSheet), (Field, StrategySheet), (ElementCode, IndicatorsSheet)];

    /// <summary>Institutions in one cell: separated by semicolons or line breaks (names themselves contain commas).</summary>
    public const string InstitutionSeparator = "; ";

    /// <summary>
    /// Whether a spreadsheet is the template (filled in or exported): one of its sheets is named as the template's, or a
    /// header row names its key column ("Kod", "Pole", "Kod elementu"). Anything else is a gmina's own table.
    /// </summary>
    public static bool IsTemplate(IReadOnlyList<Sheet> sheets, bool namedSheets) =>
        sheets.Any(s => namedSheets && s.Name is StrategySheet or ElementsSheet or IndicatorsSheet
            || s.Rows.Any(row => row.Any(cell => cell.Trim() is var c && (c.Equals(Code, StringComparison.OrdinalIgnoreCase)
                || c.Equals(Field, StringComparison.OrdinalIgnoreCase) || c.Equals(ElementCode, StringComparison.OrdinalIgnoreCase)))));

    public static bool IsYearColumn(string header) => YearHeader().IsMatch(header);

    public static IReadOnlyList<SheetContent> Template(int? firstYear = null, int? lastYear = null) =>
        Of(new StrategyModel(1, "", [], [], firstYear, lastYear));

    /// <summary>A sheet the import skips, for whoever fills the template in a spreadsheet program.</summary>
    public static readonly SheetContent Instructions = new("Instrukcja", ["Arkusz", "Kolumna", "Co wpisać"],
    [
        [StrategySheet, Field, $"{Title}, {PeriodStart}, {PeriodEnd} (rok), {Resolution}, {Status} ({Adopted} albo {Draft}). Tytuł można też podać przy imporcie."],
        [ElementsSheet, Code, "Wiersz na element. Kod wyznacza miejsce w drzewie: 1 (obszar lub cel strategiczny), 1.1 (cel operacyjny), 1.1.1 (zadanie). Element nadrzędny stoi wyżej."],
        [ElementsSheet, Level, "Nazwa poziomu, np. Cel strategiczny, Cel operacyjny, Zadanie — jedna nazwa na poziom."],
        [ElementsSheet, $"{Coordinators}, {Partners}, {Implementers}", "Instytucje oddzielone średnikiem; pisownia zostaje taka, jak w arkuszu."],
        [ElementsSheet, $"{Funding}, {TimeFrame}", "Tak, jak zapisano w strategii, np. „budżet gminy, środki EFS+”, „2022–2027” albo „corocznie”."],
        [ElementsSheet, OwnNumber, "Tylko gdy dokument numeruje inaczej niż kod (np. cele operacyjne od 1 w każdym celu strategicznym)."],
        [IndicatorsSheet, ElementCode, "Kod elementu z arkusza Elementy, do którego należy wskaźnik."],
        [IndicatorsSheet, Direction, $"{Increase} albo {Decrease} — czego oczekujemy."],
        [IndicatorsSheet, "2021, 2022, …", "Kolumna na rok okresu strategii: liczba (1 234,5), liczba z jednostką (11,6 %), „brak danych: powód”, składniki po średniku („bezrobocia: 300; ubóstwa: 331”)."],
    ]);

    public static IReadOnlyList<SheetContent> Of(StrategyModel model)
    {
        var elements = new List<IReadOnlyList<object?>>();
        var indicators = new List<(string Code, IndicatorModel Indicator)>();
        void Walk(IReadOnlyList<ElementModel>? level, string? parentPath, int depth)
        {
            var siblings = level ?? [];
            for (var i = 0; i < siblings.Count; i++)
            {
                var e = siblings[i];
                var path = PathOf(e.Code, parentPath, i, siblings);
                elements.Add([path, depth <= model.Levels.Count ? model.Levels[depth - 1] : null, e.Title, e.Statement, e.Narrative,
                    Join(e.Coordinators), Join(e.Partners), Join(e.Implementers), e.Funding, e.TimeFrame, path == e.Code ? null : e.Code]);
                indicators.AddRange((e.Indicators ?? []).Select(indicator => (path, indicator)));
                Walk(e.Children, path, depth + 1);
            }
        }

        Walk(model.Elements, null, 1);

        // A column for every year of the period and every year with a value.
        var years = indicators.SelectMany(i => i.Indicator.Measurements ?? []).Select(m => m.Year)
            .Concat(model.PeriodStart is { } from && model.PeriodEnd is { } to && to >= from && to - from < 50 ? Enumerable.Range(from, to - from + 1) : [])
            .Distinct().Order().ToList();

        return
        [
            new SheetContent(StrategySheet, [Field, Value],
            [
                [Title, model.Title],
                [PeriodStart, model.PeriodStart],
                [PeriodEnd, model.PeriodEnd],
                [Resolution, model.AdoptionResolution],
                [Status, string.Equals(model.Status, "adopted", StringComparison.OrdinalIgnoreCase) ? Adopted : Draft],
            ]),
            new SheetContent(ElementsSheet, [.. ElementColumns.Select(c => c.Name)], elements),
            new SheetContent(IndicatorsSheet, [.. IndicatorColumns.Select(c => c.Name), .. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                indicators.Select(x => IndicatorRow(x.Code, x.Indicator, years)).ToList()),
        ];
    }

    private static IReadOnlyList<object?> IndicatorRow(string code, IndicatorModel i, IReadOnlyList<int> years) =>
    [
        code, i.Name, i.Unit, i.DataSource, i.Supplier,
        i.Direction switch { "increase" => Increase, "decrease" => Decrease, _ => null },
        i.Baseline?.Year, i.Baseline?.Value, i.Target?.Year, i.Target?.Value,
        .. years.Select(y => (i.Measurements ?? []).FirstOrDefault(m => m.Year == y) is { } m ? YearValueCell.Write(m) : null),
    ];

    /// <summary>
    /// The dotted code that places an element in the sheet: its own when that already says where it
    /// stands (Chrzanów's 1.1.5), otherwise built from its position — for strategies whose numbering
    /// restarts at each level (Krasnystaw's goal 2 under goal 1), whose own number goes to <see cref="OwnNumber"/>.
    /// </summary>
    private static string PathOf(string code, string? parentPath, int index, IReadOnlyList<ElementModel> siblings)
    {
        var expectedPrefix = parentPath is null ? "" : parentPath + ".";
        var ownSegment = code.StartsWith(expectedPrefix, StringComparison.Ordinal) ? code[expectedPrefix.Length..] : null;
        var fits = ownSegment is { Length: > 0 } && !ownSegment.Contains('.') && !ownSegment.Any(char.IsWhiteSpace)
            && siblings.Count(s => s.Code == code) == 1;
        return fits ? code : expectedPrefix + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Join(IReadOnlyList<string>? names) => names is { Count: > 0 } ? string.Join(InstitutionSeparator, names) : null;

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.NonBacktracking)]
    private static partial Regex YearHeader();
}
