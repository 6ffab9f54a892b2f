using System.Globalization;
using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import.Blocks;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Reads the goals of a strategy in any layout from its blocks. Nothing before the first goal counts
/// (a resolution, a diagnosis, a table of contents); the goals end at a chapter of monitoring or
/// implementation. An element's depth comes from its keyword ("Cel strategiczny", "Priorytet",
/// "Obszar" — in the order the document introduces them), from a dotted code ("I.1.2" is level 3),
/// or from its list style ("A.", "a)", "1)", a bullet — a new style one level deeper, a known one back
/// at its level). Labelled paragraphs and rows ("Realizatorzy:", "Źródła finansowania:", "Wskaźniki:")
/// describe the element before them; a table with named columns adds goals and tasks to the element
/// it follows; a chapter "Wskaźniki monitorowania" attaches indicators to the goals it numbers.
/// </summary>
internal sealed partial class BlockOutlineReader(Outline outline, int? reportYear)
{
    private static readonly string[] DefaultLevels = ["Cel strategiczny", "Cel operacyjny", "Zadanie", "Działanie"];

    private readonly List<ElementDraft> _open = [];
    private readonly Dictionary<string, int> _keywordDepth = [];
    private readonly Dictionary<string, int> _styleDepth = [];
    private readonly Dictionary<string, ElementDraft> _byPath = [];
    private readonly Dictionary<ElementDraft, string> _pathOf = [];
    private readonly HashSet<int> _namedDepths = [];
    private readonly Dictionary<ElementDraft, int> _headings = [];
    private int _anchorDepth;
    private string? _caption;
    private (ElementDraft Element, int Depth)? _captionOwner;
    private (Role Role, ElementDraft Element, bool Inline, int Line)? _label;
    private TableContext? _table;
    private ElementDraft? _indicatorTarget;
    private Phase _phase;

    private enum Phase { Before, Goals, Indicators, After }

    private sealed record TableContext(IReadOnlyList<Role?> Roles, string Captions, int AnchorDepth, ElementDraft? Anchor)
    {
        public ElementDraft? Goal { get; set; }

        public ElementDraft? Task { get; set; }
    }

    public void Read(IReadOnlyList<DocumentBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.TableRow)
            {
                Row(block, i + 1 < blocks.Count ? blocks[i + 1] : null);
                continue;
            }

            var text = HtmlText.Clean(block.Line);
            if (text.Length == 0 || Contents().IsMatch(text))
            {
                continue;
            }

            _table = null;
            Line(text, block.Place, block.Kind == BlockKind.Heading ? Math.Max(block.Level, 1) : 0);
        }

        NameDefaultLevels();
    }

    /// <param name="headingLevel">The block's heading level; 0 for a paragraph or list item.</param>
    private void Line(string text, int place, int headingLevel)
    {
        var heading = headingLevel > 0;
        var chapter = heading || (text.Length <= 80 && !text.Contains(':', StringComparison.Ordinal));
        if (chapter && _phase == Phase.Goals && IndicatorChapter().IsMatch(text))
        {
            _phase = Phase.Indicators;
            _label = null;
            return;
        }

        if (chapter && _phase is Phase.Goals or Phase.Indicators && ChapterEnd().IsMatch(text))
        {
            _phase = Phase.After;
            return;
        }

        if (_phase == Phase.After)
        {
            return;
        }

        var marker = Markers.Parse(text, _styleDepth.Keys.Any(s => s.StartsWith('I')), _styleDepth.Keys.Any(s => s.StartsWith('A')));
        if (_phase == Phase.Indicators)
        {
            IndicatorChapterLine(text, marker, place);
            return;
        }

        if (_phase == Phase.Before)
        {
            if (chapter && GoalsChapter().IsMatch(text))
            {
                _phase = Phase.Goals;
                return;
            }

            if (marker is not { Keyword: not null })
            {
                return;
            }

            _phase = Phase.Goals;
        }

        if (Markers.Caption(text) is { } caption)
        {
            _label = null;
            _caption = caption;
            _captionOwner = _open.Count > 0 ? (_open[^1], _open.Count) : null;
            return;
        }

        if (LabelOf(text) is { } label)
        {
            OpenLabel(label.Role, label.Content, place);
            return;
        }

        // A label's list goes on in list items below it; after a label with its text on the line, only bullets continue it
        // ("Wskaźniki: liczba porad" then "b) Profilaktyka uzależnień" is the next goal, not an indicator).
        if (_label is { } open && (marker is { Anchored: false } && (!open.Inline || IsBullet(marker)) || (marker is null && !open.Inline && !heading)))
        {
            Apply(open.Role, open.Element, marker?.Title ?? text, place);
            return;
        }

        _label = null;
        if (marker is null && heading && SubHeading(headingLevel) is { } style)
        {
            // A goal given as an unnumbered heading under a numbered one ("### Wsparcie dzieci i młodzieży" under "## Priorytet 1.").
            marker = new Marker(style, null, text, null);
        }

        if (marker is null)
        {
            if (_open.Count > 0 && !heading)
            {
                _open[^1].Narrative.Add(text);
            }

            return;
        }

        Element(marker, place, headingLevel);
    }

    /// <summary>The style of an unnumbered heading under an open goal's higher heading; null when no open goal is a higher heading.</summary>
    private string? SubHeading(int level) =>
        _open.Exists(e => _headings.TryGetValue(e, out var higher) && higher < level) ? $"h{level}" : null;

    private void Element(Marker marker, int place, int headingLevel)
    {
        var depth = DepthOf(marker);
        if (depth > _open.Count + 1)
        {
            outline.Warn(place, $"„{Excerpt(marker.Title)}” ma numerację poziomu {depth}, a poprzedni element jest na poziomie {_open.Count}; przyjęto poziom {_open.Count + 1}.");
            depth = _open.Count + 1;
        }

        var parent = depth == 1 ? null : ParentFor(marker, depth, place);
        var siblings = parent?.Children ?? outline.Roots;
        var code = marker.Code ?? (siblings.Count + 1).ToString(CultureInfo.InvariantCulture);
        if (marker.Code is not null && siblings.Count > 0 && Gap(siblings[^1].Code, code) is { } missing)
        {
            outline.Warn(place, $"Po {siblings[^1].Code} następuje {code}: brak {missing} w numeracji. Sprawdź, czy żaden element nie został pominięty.");
        }
        var element = siblings.Find(e => e.Code == code);
        if (element is not null)
        {
            outline.Warn(place, $"Kod {code} występuje ponownie (pierwszy raz: {element.Line}); treść dołączono do pierwszego wystąpienia.");
        }
        else
        {
            element = parent is null ? Root(code, place) : parent.AddChild(code, place);
            element.Title = marker.Title.Length > 0 ? marker.Title : null;
            Register(element, parent);
        }

        if (marker.Keyword is { } keyword)
        {
            Name(depth, keyword);
        }
        else if (_caption is not null)
        {
            Name(depth, _caption);
        }

        _caption = null;
        if (_captionOwner is { } owner && depth <= owner.Depth)
        {
            _captionOwner = null;
        }

        if (marker.Anchored)
        {
            _anchorDepth = depth;
            _styleDepth.Clear();
        }

        if (headingLevel > 0)
        {
            _headings[element] = headingLevel;
        }

        Open(element, depth);
    }

    private int DepthOf(Marker marker)
    {
        if (marker.Code is { } code && code.Contains('.', StringComparison.Ordinal) && marker.Anchored)
        {
            return code.Split('.').Length;
        }

        if (marker.Keyword is { } keyword)
        {
            if (!_keywordDepth.TryGetValue(keyword, out var depth))
            {
                depth = _keywordDepth.Count == 0 ? 1 : _keywordDepth.Values.Max() + 1;
                _keywordDepth[keyword] = depth;
            }

            return depth;
        }

        if (!_styleDepth.TryGetValue(marker.Style, out var styleDepth))
        {
            styleDepth = _anchorDepth + 1 + _styleDepth.Count;
            _styleDepth[marker.Style] = styleDepth;
        }

        return styleDepth;
    }

    // A dotted code names its parent ("I.2.3" under "I.2"); otherwise the element open one level up.
    private ElementDraft? ParentFor(Marker marker, int depth, int place)
    {
        var open = depth - 2 < _open.Count ? _open[depth - 2] : _open.LastOrDefault();
        if (marker.Style == Markers.Dotted && marker.Code is { } code)
        {
            var parentCode = code[..code.LastIndexOf('.')];
            if (_byPath.GetValueOrDefault(parentCode) is { } byCode)
            {
                return byCode;
            }

            if (open is not null)
            {
                // Broken numbering ("2.3.1" where there is no 2.3) is said where it happens, not silently mended.
                outline.Warn(place, $"„{code} {Excerpt(marker.Title)}”: w dokumencie nie ma elementu {parentCode}; przyjęto, że należy do {_pathOf[open]}.");
            }
        }

        return open;
    }

    /// <summary>The number missing between two sibling codes whose last parts are numbers ("1.1" then "1.3": "1.2"); null when they follow.</summary>
    private static string? Gap(string previous, string code)
    {
        var (before, after) = (previous.Split('.'), code.Split('.'));
        return before.Length == after.Length
            && int.TryParse(before[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && int.TryParse(after[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && a > b + 1
            ? string.Join('.', after[..^1].Append((b + 1).ToString(CultureInfo.InvariantCulture)))
            : null;
    }

    private ElementDraft Root(string code, int place)
    {
        var root = new ElementDraft(code, place);
        outline.Roots.Add(root);
        return root;
    }

    private void Register(ElementDraft element, ElementDraft? parent)
    {
        var path = element.Code.Contains('.', StringComparison.Ordinal) || parent is null ? element.Code : $"{_pathOf[parent]}.{element.Code}";
        _pathOf[element] = path;
        _byPath.TryAdd(path, element);
    }

    private void Open(ElementDraft element, int depth)
    {
        if (_open.Count >= depth)
        {
            _open.RemoveRange(depth - 1, _open.Count - depth + 1);
        }

        _open.Add(element);
    }

    private void Name(int depth, string name)
    {
        if (_namedDepths.Add(depth))
        {
            outline.NameLevel(depth, name);
        }
    }

    private void NameDefaultLevels()
    {
        var depth = outline.Roots.Count == 0 ? 0 : outline.Roots.Max(r => r.Height);
        for (var d = 1; d <= depth; d++)
        {
            if (!_namedDepths.Contains(d))
            {
                var name = DefaultLevels[Math.Min(d, DefaultLevels.Length) - 1];
                outline.NameLevel(d, name, $"Poziom {d} nie ma w dokumencie nazwy; przyjęto „{name}”.");
            }
        }
    }

    private void OpenLabel(Role role, string? content, int place)
    {
        if (_open.Count == 0)
        {
            outline.Warn(place, $"Etykieta „{ColumnRoles.Describe(role)}” stoi przed pierwszym celem; pominięto ją.");
            return;
        }

        // After a captioned list ("Zadania: 1.1.1 … 1.1.2 …") the labels describe what the list belongs to.
        // Under headed goals, the items listed below a heading (its tasks) are not what a label describes;
        // items two levels under it ("A." heading, "a)" goal, "1)" tasks) are a goal and its tasks: the goal is described.
        var heading = _open.FindLastIndex(_headings.ContainsKey);
        var element = _captionOwner is { } owner && _open.Count > owner.Depth ? owner.Element
            : heading < 0 ? _open[^1]
            : _open.Count - heading > 2 ? _open[^2]
            : _open[heading];
        _label = (role, element, content is { Length: > 0 }, place);
        if (content is { Length: > 0 })
        {
            Apply(role, element, content, place);
        }
    }

    /// <summary>What a labelled paragraph, a list item under a label or a table cell gives an element.</summary>
    private void Apply(Role role, ElementDraft element, string text, int place)
    {
        var clean = HtmlText.Clean(text).Trim().TrimEnd('.', ';').Trim();
        if (clean.Length == 0)
        {
            return;
        }

        switch (role)
        {
            case Role.Implementers:
                element.Implementers.AddRange(Institutions(text, element.Implementers));
                break;
            case Role.Coordinators:
                element.Coordinators.AddRange(Institutions(text, element.Coordinators));
                break;
            case Role.Partners:
                element.Partners.AddRange(Institutions(text, element.Partners));
                break;
            case Role.Funding:
                element.Funding = element.Funding is null ? clean : $"{element.Funding}, {clean}";
                break;
            case Role.Cost:
                element.Funding = element.Funding is null ? $"szacunkowe koszty: {clean}" : $"{element.Funding}; szacunkowe koszty: {clean}";
                break;
            case Role.TimeFrame:
                element.TimeFrame = clean;
                break;
            case Role.Indicators:
                foreach (var item in Items(text).SelectMany(IndicatorDetails.Split))
                {
                    element.Indicators.Add(Indicator(item, place));
                }

                break;
        }
    }

    private static bool IsBullet(Marker marker) => marker.Code is null;

    private IndicatorModel Indicator(string item, int place) =>
        reportYear is { } year ? MeasuredValue.Parse(item, year, place, outline) : IndicatorDetails.Parse(item);

    private static IEnumerable<string> Institutions(string text, List<string> already) =>
        InstitutionList.Split(text).Where(n => !already.Contains(n)).Distinct();

    /// <summary>The items of a cell or a label's text: its paragraphs, each split again at bullets.</summary>
    private static IEnumerable<string> Items(string text) =>
        HtmlText.Paragraphs(text)
            .SelectMany(p => p.Split(['•', '➤', '▪'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(p => IndicatorText.WithoutBullet(p).Trim().TrimEnd(';', '.').Trim())
            .Where(p => p.Length > 0);

    private void Row(DocumentBlock block, DocumentBlock? next)
    {
        var cells = block.Cells ?? [];
        if (_phase == Phase.After)
        {
            return;
        }

        if (ColumnRoles.Header(cells) is { } roles)
        {
            var captions = string.Join('\t', cells.Select(HtmlText.Clean));
            if (_table?.Captions == captions)
            {
                // The header repeated where the table runs onto the next page.
                return;
            }

            if (_phase == Phase.Before && roles.Any(r => r is Role.Goal or Role.Task))
            {
                _phase = Phase.Goals;
            }

            _label = null;
            _table = new TableContext(roles, captions, _open.Count, _open.LastOrDefault());
            for (var c = 0; c < roles.Count; c++)
            {
                if (roles[c] is { } role)
                {
                    outline.Guess($"Kolumnę „{HtmlText.Clean(cells[c])}” uznano za {ColumnRoles.Describe(role)}.");
                }
            }

            return;
        }

        var first = HtmlText.Clean(cells.FirstOrDefault());
        if (_table is null || _phase == Phase.Before)
        {
            if (_phase == Phase.Goals && cells.Count >= 2 && LabelOf(first) is { Content: null or "" } label)
            {
                // "Realizatorzy | Ośrodek Pomocy Społecznej, …" describes the element before the table.
                OpenLabel(label.Role, string.Join(" ", cells.Skip(1).Select(c => $"<p>{c}</p>")), block.Place);
                _label = null;
                return;
            }

            Line(HtmlText.Clean(string.Join(" ", cells)), block.Place, headingLevel: 0);
            return;
        }

        if (_phase == Phase.Indicators)
        {
            IndicatorRow(cells, block.Place);
            return;
        }

        DataRow(block, next);
    }

    // A row of a goals table: its goal (one cell may span several rows), its tasks, what describes them.
    private void DataRow(DocumentBlock block, DocumentBlock? next)
    {
        var table = _table!;
        var cells = block.Cells!;
        var continued = block.Continued ?? new HashSet<int>();
        var nextContinued = next is { Kind: BlockKind.TableRow } ? next.Continued ?? new HashSet<int>() : new HashSet<int>();
        var goalColumn = IndexOf(table.Roles, Role.Goal);
        var taskColumn = IndexOf(table.Roles, Role.Task);
        if (goalColumn >= 0 && goalColumn < cells.Count)
        {
            // The goal's first paragraph is its title; what follows in the cell describes it.
            var goal = HtmlText.Paragraphs(cells[goalColumn]);
            if (!continued.Contains(goalColumn) && goal.Count > 0)
            {
                table.Goal = TableElement(table.Anchor, table.AnchorDepth + 1, goal[0], block.Place, "Cel operacyjny");
                if (table.Goal is { Narrative.Count: 0 })
                {
                    table.Goal.Narrative.AddRange(goal.Skip(1));
                }

                table.Task = null;
            }
        }

        var parent = table.Goal ?? table.Anchor;
        var parentDepth = table.Goal is null ? table.AnchorDepth : table.AnchorDepth + 1;
        ElementDraft? task = null;
        if (taskColumn >= 0 && taskColumn < cells.Count && !continued.Contains(taskColumn))
        {
            var tasks = Items(cells[taskColumn]).ToList();
            foreach (var item in tasks)
            {
                task = TableElement(parent, parentDepth + 1, item, block.Place, "Zadanie");
            }

            if (tasks.Count != 1)
            {
                task = null;
            }
        }

        for (var c = 0; c < Math.Min(cells.Count, table.Roles.Count); c++)
        {
            if (table.Roles[c] is not { } role || role is Role.Goal or Role.Task || continued.Contains(c))
            {
                continue;
            }

            // A cell spanning the goal's rows describes the goal; one on a task's row, the task.
            var target = nextContinued.Contains(c) && nextContinued.Contains(goalColumn) ? parent : task ?? parent;
            if (target is not null)
            {
                Apply(role, target, cells[c], block.Place);
            }
        }
    }

    private ElementDraft? TableElement(ElementDraft? parent, int depth, string text, int place, string levelName)
    {
        var marker = Markers.Parse(text, romanSeen: true, letterSeen: false);
        var title = marker is null ? text : marker.Title.Length > 0 ? marker.Title : text;
        var siblings = parent?.Children ?? outline.Roots;
        var code = marker?.Code is { } written ? written : (siblings.Count + 1).ToString(CultureInfo.InvariantCulture);
        var element = siblings.Find(e => e.Code == code || e.Title == title);
        if (element is null)
        {
            element = parent is null ? Root(code, place) : parent.AddChild(code, place);
            element.Title = title;
            Register(element, parent);
        }

        Name(depth, marker?.Keyword ?? levelName);
        return element;
    }

    private void IndicatorChapterLine(string text, Marker? marker, int place)
    {
        if (marker is { Anchored: true, Code: { } code } && Find(code) is { } element)
        {
            _indicatorTarget = element;
            return;
        }

        if (_indicatorTarget is not null && marker is not null)
        {
            _indicatorTarget.Indicators.Add(Indicator(marker.Title, place));
        }
    }

    // A row of the indicator chapter's table: the goal it refers to by number, the indicator and what the columns say of it.
    private void IndicatorRow(IReadOnlyList<string> cells, int place)
    {
        var roles = _table!.Roles;
        string Cell(Role role) => IndexOf(roles, role) is var i and >= 0 && i < cells.Count ? HtmlText.Clean(cells[i]) : "";
        var reference = Cell(Role.Goal);
        var element = Markers.Parse(reference, romanSeen: true, letterSeen: false)?.Code is { } code ? Find(code) : Find(reference.TrimEnd('.'));
        if (element is null)
        {
            if (reference.Length > 0)
            {
                _indicatorTarget = null;
                outline.Warn(place, $"Wskaźnik odnosi się do celu „{Excerpt(reference)}”, którego nie ma w strukturze; pominięto go.");
            }

            if (_indicatorTarget is null)
            {
                return;
            }

            element = _indicatorTarget;
        }

        _indicatorTarget = element;
        var indicator = IndicatorDetails.Parse(Cell(Role.Indicators));
        if (indicator.Name.Length == 0)
        {
            return;
        }

        element.Indicators.Add(indicator with
        {
            Unit = Blank(Cell(Role.Unit)) ?? indicator.Unit,
            DataSource = Blank(Cell(Role.Source)) ?? indicator.DataSource,
            Baseline = YearValue(Role.Baseline, Cell(Role.Baseline)) ?? indicator.Baseline,
            Target = YearValue(Role.Target, Cell(Role.Target)) ?? indicator.Target,
        });

        // "312 (2020)" in the cell, or the year in the column's caption: "Wartość bazowa (2020)".
        YearValueModel? YearValue(Role role, string value)
        {
            var caption = _table.Captions.Split('\t')[IndexOf(roles, role) is var i and >= 0 ? i : 0];
            var year = Year().Match(value) is { Success: true } y ? y.Value : Year().Match(caption) is { Success: true } c ? c.Value : null;
            var number = year is null ? value : value.Replace($"({year})", "", StringComparison.Ordinal);
            return IndicatorDetails.YearValue(year is null ? null : int.Parse(year, CultureInfo.InvariantCulture), number);
        }
    }

    private ElementDraft? Find(string code) =>
        _byPath.GetValueOrDefault(code) ?? _byPath.GetValueOrDefault(code.TrimEnd('.'));

    private static int IndexOf(IReadOnlyList<Role?> roles, Role role)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == role)
            {
                return i;
            }
        }

        return -1;
    }

    private static (Role Role, string? Content)? LabelOf(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var caption = colon < 0 ? text : text[..colon];
        if (caption.Length > 40 || ColumnRoles.Of(caption) is not { } role || role is Role.Goal or Role.Task or Role.Unit or Role.Source or Role.Baseline or Role.Target)
        {
            return null;
        }

        return (role, colon < 0 ? null : text[(colon + 1)..].Trim());
    }

    private static string? Blank(string text) => text.Length == 0 || text is "-" or "–" ? null : text;

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // A line of a table of contents: a title, dot leaders, a page number.
    [GeneratedRegex(@"(?:\.{4,}|…{2,}|\t)\s*\d{1,3}$", RegexOptions.NonBacktracking)]
    private static partial Regex Contents();

    [GeneratedRegex(@"^(?:(?:Rozdział\s+)?[\dIVX]{1,4}\.?\s+)?(?:Cele\s+(?:strategiczne|i\s+kierunki)|Część\s+programowa|Cele\s+strategii|Plan\s+działań|Priorytety|Obszary\s+(?:strategiczne|priorytetowe|problemowe)|Kierunki\s+działań)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GoalsChapter();

    [GeneratedRegex(@"^(?:(?:Rozdział\s+)?[\dIVX]{1,4}\.?\s+)?Wskaźniki\s+(?:monitorowania|realizacji\s+strategii|realizacji\s+celów|osiągnięcia\s+celów)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IndicatorChapter();

    [GeneratedRegex(@"^(?:(?:Rozdział\s+)?[\dIVX]{1,4}\.?\s+)?(?:Monitoring|Monitorowanie|Ewaluacja|System\s+(?:realizacji|wdrażania|monitorowania)|Wdrażanie|Zarządzanie|Ramy\s+finansowe|Finansowanie\s+strategii|Spis\s+(?:tabel|wykresów)|Załącznik|Podsumowanie|Zakończenie|Realizacja\s+(?:strategii|i\s+monitoring))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ChapterEnd();


    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Year();
}
