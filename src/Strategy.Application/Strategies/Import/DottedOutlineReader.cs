using System.Text.RegularExpressions;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Documents numbered with dotted codes ("1.1", "1.1.5"): the depth of an element is the number of
/// parts of its code and its parent is the code without the last part. Read as in the Chrzanów
/// strategy: an overview table (area names over "Cel strategiczny: …" over the operational goals),
/// then per goal its indicators ("- … – dane …"), "Strategia postępowania" and a task table whose
/// columns name the coordinators and partners.
/// </summary>
internal sealed partial class DottedOutlineReader(Outline outline, int? reportYear)
{
    private const string StrategicGoal = "Cel strategiczny:";

    private readonly Dictionary<string, ElementDraft> _byCode = [];
    private readonly Dictionary<string, (string Title, int Line)> _overviewTitles = [];
    private readonly Dictionary<string, int> _detailedAt = [];
    private readonly List<string> _paragraph = [];
    private readonly HashSet<int> _consumed = [];

    private enum Part { None, Indicators, Narrative, Table }

    private Part _part;
    private ElementDraft? _current;
    private List<Func<ElementDraft, List<string>>> _columns = [];
    private string? _rowLevel;
    private string? _headingLevel;

    /// <summary>The Chrzanów layout: its overview row, its task table or its "Strategia postępowania", with dotted codes.</summary>
    public static bool Recognises(IReadOnlyList<SourceLine> lines) =>
        lines.Any(l => Coded(Cells(l.Text)) is not null)
        && lines.Any(l => IsOverview(l.Text) || IsTaskTableHeader(Cells(l.Text)) || HtmlText.Paragraphs(Cells(l.Text).FirstOrDefault()).FirstOrDefault() == "Strategia postępowania");

    private static bool IsOverview(string line)
    {
        var cells = line.Split('\t').Select(HtmlText.Clean).Where(s => s.Length > 0).ToList();
        return cells.Count > 0 && cells.All(s => s.StartsWith(StrategicGoal, StringComparison.Ordinal));
    }

    private static bool IsTaskTableHeader(List<string> cells)
    {
        var captions = cells.Select(HtmlText.Clean).Where(c => c.Length > 0).ToList();
        return captions.Count >= 2 && Column(captions[0]) is null && captions.Skip(1).All(c => Column(c) is not null);
    }

    public void Read(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!_consumed.Contains(i))
            {
                ReadLine(lines, i);
            }
        }

        FlushParagraph();
    }

    private void ReadLine(IReadOnlyList<SourceLine> lines, int i)
    {
        var line = lines[i];
        var text = line.Text.Trim();
        if (text.Length == 0)
        {
            FlushParagraph();
            return;
        }

        if (Rule().IsMatch(text))
        {
            FlushParagraph();
            return;
        }

        if (text.StartsWith("...", StringComparison.Ordinal) || text.StartsWith('…'))
        {
            // The extraction lost the start of this row (its number with it), so it cannot be placed.
            FlushParagraph();
            outline.Warn(line.Number, $"Wiersz wygląda na ucięty (zaczyna się od „{Excerpt(HtmlText.Clean(text))}”); pominięto go.");
            return;
        }

        var cells = Cells(line.Text);
        var first = HtmlText.Clean(cells.FirstOrDefault());
        if (TryOverview(lines, i))
        {
            return;
        }

        if (TryTableHeader(cells))
        {
            FlushParagraph();
            return;
        }

        var narrative = HtmlText.Paragraphs(cells.FirstOrDefault());
        if (narrative.Count > 0 && narrative[0] == "Strategia postępowania")
        {
            FlushParagraph();
            _current?.Narrative.AddRange(narrative.Skip(1));
            _part = Part.Narrative;
            return;
        }

        if (Coded(cells) is { } coded)
        {
            FlushParagraph();
            var (code, title, rest) = coded;
            if (_part == Part.Table && _current is not null && code.StartsWith(_current.Code + ".", StringComparison.Ordinal))
            {
                Row(line.Number, code, title, rest);
            }
            else
            {
                Heading(line.Number, code, title, rest);
            }

            return;
        }

        if (first.ToUpperInvariant() is "CEL OPERACYJNY" or "CEL" || first.StartsWith("Proponowane mierniki", StringComparison.Ordinal))
        {
            // Column captions of the goal tables; the next heading is an operational goal.
            FlushParagraph();
            _headingLevel = "Cel operacyjny";
            return;
        }

        if (_part == Part.Indicators && _current is not null && text[0] is '-' or '•' or '➤' or '–')
        {
            _current.Indicators.Add(IndicatorText.Parse(text, reportYear, line.Number, outline));
        }
        else if (_part == Part.Narrative)
        {
            _paragraph.Add(text);
        }
    }

    // Area names in one row, "Cel strategiczny: …" under each, then the operational goals of each area.
    private bool TryOverview(IReadOnlyList<SourceLine> lines, int i)
    {
        if (!IsOverview(lines[i].Text))
        {
            return false;
        }

        var statements = lines[i].Text.Split('\t').Select(HtmlText.Clean).ToList();

        var namesAt = PreviousNonEmpty(lines, i);
        var names = namesAt is { } n ? lines[n].Text.Split('\t').Select(HtmlText.Clean).ToList() : [];
        var goalsAt = NextNonEmpty(lines, i);
        var goals = goalsAt is { } g ? lines[g].Text.Split('\t').Select(HtmlText.Clean).ToList() : [];
        if (goals.Any(c => OverviewItems(c).Count > 0))
        {
            _consumed.Add(goalsAt!.Value);
            if (goals.Any(c => c.StartsWith("Cele operacyjne", StringComparison.Ordinal)))
            {
                outline.NameLevel(2, "Cel operacyjny");
            }
        }
        else
        {
            goals = [];
        }

        outline.NameLevel(1, "Obszar");
        for (var column = 0; column < statements.Count; column++)
        {
            if (statements[column].Length == 0)
            {
                continue;
            }

            var items = column < goals.Count ? OverviewItems(goals[column]) : [];
            var code = items.Count > 0 ? items[0].Code.Split('.')[0] : (outline.Roots.Count + 1).ToString();
            var name = column < names.Count ? names[column] : "";
            var area = Register(code, lines[i].Number, null);
            area.Title ??= name.Length > 0 ? name : null;
            area.Statement = statements[column][StrategicGoal.Length..].Trim();
            foreach (var (goalCode, goalTitle) in items)
            {
                Register(goalCode, lines[goalsAt!.Value].Number, goalTitle);
                _overviewTitles[goalCode] = (goalTitle, lines[goalsAt.Value].Number);
            }
        }

        return true;
    }

    // "Kluczowe zadania i projekty | Realizacja/koordynacja | Podmioty zaangażowane/partnerzy".
    private bool TryTableHeader(List<string> cells)
    {
        if (!IsTaskTableHeader(cells))
        {
            return false;
        }

        var captions = cells.Select(HtmlText.Clean).Where(c => c.Length > 0).ToList();
        var columns = captions.Select(Column).ToList();

        _columns = columns.Skip(1).Select(c => c!).ToList();
        _rowLevel = captions[0] switch
        {
            var c when c.StartsWith("Kluczowe zadania", StringComparison.Ordinal) || c.StartsWith("Zadania", StringComparison.Ordinal) => "Zadanie",
            var c when c.StartsWith("Działania", StringComparison.Ordinal) => "Działanie",
            _ => null,
        };
        _part = Part.Table;
        return true;
    }

    private static Func<ElementDraft, List<string>>? Column(string caption) => caption switch
    {
        _ when caption.StartsWith("Realizacja", StringComparison.Ordinal) || caption.StartsWith("Koordynacja", StringComparison.Ordinal) => e => e.Coordinators,
        _ when caption.StartsWith("Podmioty zaangażowane", StringComparison.Ordinal) || caption.StartsWith("Partnerzy", StringComparison.Ordinal) => e => e.Partners,
        _ when caption.StartsWith("Realizatorzy", StringComparison.Ordinal) => e => e.Implementers,
        _ => null,
    };

    private void Heading(int line, string code, string title, List<string> rest)
    {
        var depth = code.Split('.').Length;
        if (_headingLevel is { } level)
        {
            outline.NameLevel(depth, level);
            _headingLevel = null;
        }

        var element = _byCode.GetValueOrDefault(code);
        if (element is null)
        {
            element = Register(code, line, title);
        }
        else if (_detailedAt.TryGetValue(code, out var earlier))
        {
            outline.Warn(line, $"Kod {code} występuje ponownie (pierwszy raz w wierszu {earlier}); treść dołączono do pierwszego wystąpienia.");
        }
        else if (_overviewTitles.TryGetValue(code, out var overview) && title.Length > 0)
        {
            if (!SameTitle(overview.Title, title))
            {
                outline.Warn(line, $"Cel {code} ma w tabeli przeglądowej (wiersz {overview.Line}) inną nazwę: „{overview.Title}”; przyjęto nazwę z części szczegółowej: „{title}”.");
            }

            element.Title = title;
        }

        _detailedAt.TryAdd(code, line);
        _current = element;
        _part = Part.Indicators;
        var indicators = string.Join(" ", rest);
        if (HtmlText.Clean(indicators).Length > 0)
        {
            element.Indicators.AddRange(IndicatorText.ParseList(indicators, reportYear, line, outline));
        }
    }

    private void Row(int line, string code, string title, List<string> cells)
    {
        if (_byCode.ContainsKey(code))
        {
            outline.Warn(line, $"Kod {code} występuje ponownie (pierwszy raz w wierszu {_byCode[code].Line}); pominięto powtórzony wiersz.");
            return;
        }

        if (_rowLevel is { } level)
        {
            outline.NameLevel(code.Split('.').Length, level);
        }

        var element = Register(code, line, title);
        if (cells.Count < _columns.Count)
        {
            outline.Warn(line, $"Wiersz {code} wygląda na ucięty: ma {cells.Count} z {_columns.Count} kolumn odpowiedzialności.");
        }

        for (var c = 0; c < Math.Min(cells.Count, _columns.Count); c++)
        {
            _columns[c](element).AddRange(InstitutionList.Split(cells[c]));
        }
    }

    private ElementDraft Register(string code, int line, string? title)
    {
        if (_byCode.TryGetValue(code, out var known))
        {
            return known;
        }

        var cut = code.LastIndexOf('.');
        var element = cut < 0
            ? Add(outline.Roots, new ElementDraft(code, line) { Title = title })
            : Register(code[..cut], line, null).AddChild(code, line, title);
        _byCode[code] = element;
        return element;
    }

    private static ElementDraft Add(List<ElementDraft> list, ElementDraft element)
    {
        list.Add(element);
        return element;
    }

    private void FlushParagraph()
    {
        if (_part == Part.Narrative && _current is not null && _paragraph.Count > 0)
        {
            _current.Narrative.Add(HtmlText.Clean(string.Join(" ", _paragraph)));
        }

        _paragraph.Clear();
    }

    /// <summary>A row led by a dotted code: in one cell with the title ("1.1.1 Tytuł") or in its own cell.</summary>
    private static (string Code, string Title, List<string> Cells)? Coded(List<string> cells)
    {
        if (cells.Count == 0 || CodedCell().Match(HtmlText.Clean(cells[0])) is not { Success: true } m)
        {
            return null;
        }

        var title = m.Groups["title"].Value.Trim();
        var rest = cells.Skip(1).ToList();
        if (title.Length == 0 && rest.Count > 0)
        {
            title = HtmlText.Clean(rest[0]);
            rest.RemoveAt(0);
        }

        return (m.Groups["code"].Value, title, rest);
    }

    // Leading empty cells are layout (an indented row), not columns.
    private static List<string> Cells(string line) =>
        line.Split('\t').SkipWhile(c => HtmlText.Clean(c).Length == 0).ToList();

    private static List<(string Code, string Title)> OverviewItems(string cell)
    {
        var text = OverviewCaption().Replace(cell, "");
        var codes = OverviewCode().Matches(text);
        if (codes.Count == 0 || codes[0].Index != 0)
        {
            return [];
        }

        return codes.Select((m, k) =>
        {
            var end = k + 1 < codes.Count ? codes[k + 1].Index : text.Length;
            return (m.Groups[1].Value, text[(m.Index + m.Length)..end].Trim());
        }).ToList();
    }

    // A trailing full stop is punctuation, not a different name.
    private static bool SameTitle(string a, string b) => a.TrimEnd('.').Trim() == b.TrimEnd('.').Trim();

    private static int? PreviousNonEmpty(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (HtmlText.Clean(lines[k].Text).Length > 0)
            {
                return k;
            }
        }

        return null;
    }

    private static int? NextNonEmpty(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
        {
            if (HtmlText.Clean(lines[k].Text).Length > 0)
            {
                return k;
            }
        }

        return null;
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // A code of two or more parts, then nothing or a title starting like a sentence ("1.5 mln zł" is not a code).
    [GeneratedRegex(@"^(?<code>\d+(?:\.\d+)+)\.?(?:\s+(?<title>[^\p{Ll}\d].*))?$", RegexOptions.NonBacktracking)]
    private static partial Regex CodedCell();

    [GeneratedRegex(@"^[-\s]+$", RegexOptions.NonBacktracking)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^Cele operacyjne:?\s*", RegexOptions.NonBacktracking)]
    private static partial Regex OverviewCaption();

    [GeneratedRegex(@"(?:^|\s)(\d+\.\d+)\s+", RegexOptions.NonBacktracking)]
    private static partial Regex OverviewCode();
}
