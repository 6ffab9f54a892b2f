using System.Globalization;
using System.Text;
using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;
using Strategy.Infrastructure.Documents;

namespace Strategy.Testing.Layouts;

/// <summary>One test document read in one format, against the model expected of it.</summary>
public sealed record LayoutScore(string Document, string Format, int Elements, int ElementsExpected, int Indicators, int IndicatorsExpected, int Institutions, int InstitutionsExpected, int Corrections, IReadOnlyList<string> Differences);

/// <summary>
/// Runs every test document of <c>tests/Strategy.UnitTests/Import/Layouts</c> through the import as
/// DOCX (written from its markup by <see cref="LayoutDocx"/>) and as PDF (made from that DOCX by
/// LibreOffice and kept beside it), and counts what a coordinator would still correct: each line of
/// the expected outline missing or wrong is one correction, and so is each line too many.
/// </summary>
public static class ImportScorecard
{
    public static string Folder => Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "Strategy.UnitTests", "Import", "Layouts");

    public static IReadOnlyList<string> Documents(string? folder = null) =>
        Directory.GetFiles(folder ?? Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    public static StrategyFileReader Reader() => new(new StrategyDocuments(), new XlsxFiles());

    public static IEnumerable<LayoutScore> Run(string? folder = null)
    {
        folder ??= Folder;
        var reader = Reader();
        foreach (var name in Documents(folder))
        {
            var expected = File.ReadAllLines(Path.Combine(folder, name + ".expected")).Where(l => l.Length > 0).ToList();
            var docx = LayoutDocx.Write(File.ReadAllText(Path.Combine(folder, name + ".md")));
            yield return Score(name, "DOCX", expected, () => reader.Read(name + ".docx", docx, null, FileLimits.SignedIn).Model);
            var pdf = Path.Combine(folder, name + ".pdf");
            if (File.Exists(pdf))
            {
                yield return Score(name, "PDF", expected, () => reader.Read(name + ".pdf", File.ReadAllBytes(pdf), null, FileLimits.SignedIn).Model);
            }
        }
    }

    public static string Table(IReadOnlyList<LayoutScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine("| Dokument | Format | Elementy | Wskaźniki | Instytucje | Poprawki |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in scores)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {s.Document} | {s.Format} | {s.Elements} / {s.ElementsExpected} | {s.Indicators} / {s.IndicatorsExpected} | {s.Institutions} / {s.InstitutionsExpected} | {s.Corrections} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| **razem** | | {scores.Sum(s => s.Elements)} / {scores.Sum(s => s.ElementsExpected)} | {scores.Sum(s => s.Indicators)} / {scores.Sum(s => s.IndicatorsExpected)} | {scores.Sum(s => s.Institutions)} / {scores.Sum(s => s.InstitutionsExpected)} | {scores.Sum(s => s.Corrections)} |");
        return table.ToString();
    }

    private static LayoutScore Score(string name, string format, List<string> expected, Func<StrategyModel> read)
    {
        List<string> actual;
        try
        {
            actual = Outline(read());
        }
        catch (Exception e) when (e is Strategy.Domain.Common.DomainException)
        {
            actual = [$"błąd: {e.Message}"];
        }

        var (missing, extra) = Diff(expected, actual);
        return new LayoutScore(
            name, format,
            actual.Count(IsElement), expected.Count(IsElement),
            actual.Count(IsIndicator), expected.Count(IsIndicator),
            Institutions(actual), Institutions(expected),
            Math.Max(missing.Count, extra.Count),
            [.. missing.Select(l => "- " + l), .. extra.Select(l => "+ " + l)]);
    }

    /// <summary>The model as the outline the .expected files are written in.</summary>
    public static List<string> Outline(StrategyModel model)
    {
        var lines = new List<string> { $"tytuł: {model.Title}" };
        if (model.PeriodStart is { } start)
        {
            lines.Add($"okres: {start}-{model.PeriodEnd}");
        }

        if (model.AdoptionResolution is { } resolution)
        {
            lines.Add($"uchwała: {resolution}");
        }

        lines.Add($"poziomy: {string.Join(" | ", model.Levels)}");
        void Walk(IReadOnlyList<ElementModel>? elements, string indent)
        {
            foreach (var e in elements ?? [])
            {
                lines.Add($"{indent}{e.Code} {e.Title}");
                var inner = indent + "  ";
                if (e.Narrative is { } narrative)
                {
                    lines.Add($"{inner}opis: {narrative.ReplaceLineEndings(" ")}");
                }

                AddList(inner, "realizatorzy", e.Implementers);
                AddList(inner, "koordynatorzy", e.Coordinators);
                AddList(inner, "partnerzy", e.Partners);
                if (e.Funding is { } funding)
                {
                    lines.Add($"{inner}finansowanie: {funding}");
                }

                if (e.TimeFrame is { } time)
                {
                    lines.Add($"{inner}termin: {time}");
                }

                foreach (var i in e.Indicators ?? [])
                {
                    lines.Add($"{inner}wskaźnik: {string.Join(" | ", new[] { i.Name, i.Unit, i.DataSource, Value(i.Baseline), Value(i.Target) }.Select(v => v ?? "")).TrimEnd(' ', '|')}");
                }

                Walk(e.Children, inner);
            }
        }

        void AddList(string indent, string label, IReadOnlyList<string>? names)
        {
            if (names is { Count: > 0 })
            {
                lines.Add($"{indent}{label}: {string.Join("; ", names)}");
            }
        }

        Walk(model.Elements, "");
        return lines;
    }

    private static string? Value(YearValueModel? value) => value is null ? null : $"{value.Year}: {value.Value.ToString(CultureInfo.InvariantCulture)}";

    // Element lines are a code and a title; the others a label and a colon.
    private static bool IsElement(string line) => !line.TrimStart().Split(' ')[0].EndsWith(':');

    private static bool IsIndicator(string line) => line.TrimStart().StartsWith("wskaźnik:", StringComparison.Ordinal);

    private static int Institutions(List<string> lines) => lines
        .Select(l => l.TrimStart())
        .Where(l => l.StartsWith("realizatorzy:", StringComparison.Ordinal) || l.StartsWith("koordynatorzy:", StringComparison.Ordinal) || l.StartsWith("partnerzy:", StringComparison.Ordinal))
        .SelectMany(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(';', StringSplitOptions.TrimEntries))
        .Distinct()
        .Count();

    /// <summary>The lines of <paramref name="a"/> and of <paramref name="b"/> outside their longest common subsequence.</summary>
    private static (List<string> Missing, List<string> Extra) Diff(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var (missing, extra) = (new List<string>(), new List<string>());
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                (x, y) = (x + 1, y + 1);
            }
            else if (y == b.Count || (x < a.Count && table[x + 1, y] >= table[x, y + 1]))
            {
                missing.Add(a[x++]);
            }
            else
            {
                extra.Add(b[y++]);
            }
        }

        return (missing, extra);
    }
}
