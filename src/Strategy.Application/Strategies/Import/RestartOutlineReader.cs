using System.Text.RegularExpressions;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Documents whose numbering restarts at each level, as in the Krasnystaw report: "Cel strategiczny 1"
/// opens a top-level element, "Cele operacyjne" lists its children "1. … 2. …", and a further list
/// ("Kierunki działań do celu operacyjnego 1.") hangs under the child it names. "Wskaźniki
/// realizacji celu" and "Realizatorzy" belong to the current top-level element. Codes are kept as
/// written ("1", "2"), so the same code recurs under different parents.
/// </summary>
internal sealed partial class RestartOutlineReader(Outline outline, int? reportYear)
{
    private readonly Dictionary<string, int> _listDepths = [];
    private readonly Dictionary<int, ElementDraft> _lastAt = [];
    private readonly List<string> _content = [];

    private enum Kind { Title, List, Indicators, Implementers, Coordinators, Partners, Funding, TimeFrame }

    private (Kind Kind, string Label, string? Number, int Line)? _section;

    /// <summary>Numbered top-level headings with lists under captions ("Cele operacyjne"), and no dotted codes.</summary>
    public static bool Recognises(IReadOnlyList<SourceLine> lines) =>
        lines.Any(l => Heading().IsMatch(HtmlText.Clean(l.Text)))
        && lines.Any(l => Label().Match(HtmlText.Clean(l.Text.Split('\t')[0])) is { Success: true } m && m.Groups["label"].Value is "Cele operacyjne" or "Cele szczegółowe" or "Kierunki działań")
        && !lines.Any(l => DottedCode().IsMatch(HtmlText.Clean(l.Text)));

    public void Read(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            ReadLine(line);
        }

        Close();
    }

    private void ReadLine(SourceLine line)
    {
        var clean = HtmlText.Clean(line.Text);
        if (clean.Length == 0 || Rule().IsMatch(clean))
        {
            return;
        }

        if (Heading().Match(clean) is { Success: true } heading)
        {
            Close();
            Open(line.Number, heading.Groups["level"].Value, heading.Groups["num"].Value, heading.Groups["title"].Value.Trim());
            return;
        }

        var cells = line.Text.Split('\t');
        if (_lastAt.ContainsKey(1) && Label().Match(HtmlText.Clean(cells[0])) is { Success: true } label)
        {
            Close();
            var kind = label.Groups["label"].Value switch
            {
                var l when l.StartsWith("Wskaźniki", StringComparison.Ordinal) || l.StartsWith("Mierniki", StringComparison.Ordinal) => Kind.Indicators,
                "Realizatorzy" => Kind.Implementers,
                "Koordynator" => Kind.Coordinators,
                "Partnerzy" => Kind.Partners,
                "Źródła finansowania" => Kind.Funding,
                "Termin realizacji" or "Okres realizacji" => Kind.TimeFrame,
                _ => Kind.List,
            };
            var number = label.Groups["num"].Success ? label.Groups["num"].Value : null;
            _section = (kind, label.Groups["label"].Value, number, line.Number);
            _content.Add(label.Groups["content"].Value);
            _content.Add(string.Join(" ", cells.Skip(1)));
            return;
        }

        // Lines before the first heading are the report's preamble; later ones continue the open section.
        if (_section is not null)
        {
            _content.Add(line.Text);
        }
    }

    private void Open(int line, string level, string code, string title)
    {
        outline.NameLevel(1, level);
        var element = outline.Roots.Find(r => r.Code == code);
        if (element is not null)
        {
            outline.Warn(line, $"Kod {code} występuje ponownie (pierwszy raz w wierszu {element.Line}); treść dołączono do pierwszego wystąpienia.");
        }
        else
        {
            element = new ElementDraft(code, line) { Title = title.Length > 0 ? title : null };
            outline.Roots.Add(element);
        }

        _lastAt.Clear();
        _lastAt[1] = element;
        if (element.Title is null)
        {
            // The title follows on the next lines, up to the first section.
            _section = (Kind.Title, level, null, line);
        }
    }

    private void Close()
    {
        var content = string.Join("\n", _content);
        _content.Clear();
        if (_section is not { } section || !_lastAt.TryGetValue(1, out var top))
        {
            _section = null;
            return;
        }

        _section = null;
        switch (section.Kind)
        {
            case Kind.Title:
                top.Title = HtmlText.Clean(content) is { Length: > 0 } title ? title : null;
                break;
            case Kind.Indicators:
                top.Indicators.AddRange(IndicatorText.ParseList(content, reportYear, section.Line, outline));
                break;
            case Kind.Implementers:
                top.Implementers.AddRange(InstitutionList.Split(content));
                break;
            case Kind.Coordinators:
                top.Coordinators.AddRange(InstitutionList.Split(content));
                break;
            case Kind.Partners:
                top.Partners.AddRange(InstitutionList.Split(content));
                break;
            case Kind.Funding:
                top.Funding = HtmlText.Clean(content).TrimEnd('.');
                break;
            case Kind.TimeFrame:
                top.TimeFrame = HtmlText.Clean(content).TrimEnd('.');
                break;
            case Kind.List:
                AddList(section.Label, section.Number, section.Line, HtmlText.Clean(content));
                break;
        }
    }

    private void AddList(string label, string? number, int line, string text)
    {
        var level = Singular(label);
        if (!_listDepths.TryGetValue(level, out var depth))
        {
            // Lists take the next level down in the order the document introduces them.
            depth = _listDepths.Count == 0 ? 2 : _listDepths.Values.Max() + 1;
            _listDepths[level] = depth;
            outline.NameLevel(depth, level);
        }

        var parent = ParentFor(depth, number);
        if (parent is null)
        {
            outline.Warn(line, $"Lista „{label}” nie wskazuje elementu, do którego należy{(number is null ? "" : $" (brak elementu {number})")}; pominięto ją.");
            return;
        }

        var items = NumberedList.Split(text);
        if (items.Count == 0 && text.Length > 0)
        {
            outline.Warn(line, $"Lista „{label}” nie ma numeracji „1. … 2. …”; pominięto ją.");
        }

        foreach (var (n, title) in items)
        {
            var code = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (parent.Child(code) is { } existing)
            {
                outline.Warn(line, $"Kod {code} występuje ponownie w elemencie {parent.Code} (pierwszy raz w wierszu {existing.Line}); pominięto powtórzenie.");
                continue;
            }

            _lastAt[depth] = parent.AddChild(code, line, title.Length > 0 ? title : null);
            foreach (var deeper in _lastAt.Keys.Where(d => d > depth).ToList())
            {
                _lastAt.Remove(deeper);
            }
        }
    }

    // "Kierunki działań do celu operacyjnego 1." hangs under child 1 of the current element one level up;
    // a list that names no element hangs under the last element of the level above.
    private ElementDraft? ParentFor(int depth, string? number)
    {
        if (depth == 2 || number is null)
        {
            return _lastAt.GetValueOrDefault(depth - 1);
        }

        return _lastAt.GetValueOrDefault(depth - 2)?.Child(number);
    }

    private static string Singular(string label) => label switch
    {
        "Cele operacyjne" => "Cel operacyjny",
        "Cele szczegółowe" => "Cel szczegółowy",
        "Kierunki działań" => "Kierunek działań",
        "Zadania" => "Zadanie",
        _ => label,
    };

    [GeneratedRegex(@"^(?<level>Cel strategiczny|Cel główny|Obszar|Priorytet)\s+(?<num>\d+)\.?(?:\s+(?<title>.*))?$", RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<label>Cele operacyjne|Cele szczegółowe|Kierunki działań|Zadania|Wskaźniki realizacji celu|Mierniki realizacji celu|Wskaźniki|Mierniki|Realizatorzy|Koordynator|Partnerzy|Źródła finansowania|Termin realizacji|Okres realizacji)(?:\s+do\s+(?:\p{L}+\s+){1,3}(?<num>\d+)\.?)?\s*(?::\s*(?<content>.*))?$", RegexOptions.NonBacktracking)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[-\s]+$", RegexOptions.NonBacktracking)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:\d+|[IVXLC]+)\.\d+", RegexOptions.NonBacktracking)]
    private static partial Regex DottedCode();
}
