using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Import;

/// <summary>One line of the document with its 1-based number, so warnings can point at it.</summary>
internal readonly record struct SourceLine(int Number, string Text);

/// <summary>The tree being read, the names of its levels and what was noticed on the way.</summary>
internal sealed class Outline
{
    public const string Untitled = "(bez tytułu)";

    private readonly Dictionary<int, string> _levelNames = [];

    public List<ElementDraft> Roots { get; } = [];

    public List<ImportWarning> Warnings { get; } = [];

    /// <summary>What the reader decided without the document saying it: the preview shows these for the person to check.</summary>
    public List<string> Guesses { get; } = [];

    public void Warn(int line, string message) => Warnings.Add(new ImportWarning(line, message));

    public void Guess(string message)
    {
        if (!Guesses.Contains(message))
        {
            Guesses.Add(message);
        }
    }

    /// <summary>The first name a document gives a level is kept.</summary>
    /// <summary>Names a level once, and says so in the preview: the reader decided it.</summary>
    public void NameLevel(int depth, string name, string? guess = null)
    {
        if (_levelNames.TryAdd(depth, name))
        {
            Guess(guess ?? $"„{name}” uznano za poziom {depth}.");
        }
    }

    public IReadOnlyList<string> Levels()
    {
        var depth = Roots.Count == 0 ? 0 : Roots.Max(r => r.Height);
        return Enumerable.Range(1, depth).Select(d => _levelNames.GetValueOrDefault(d, $"Poziom {d}")).ToList();
    }

    public IReadOnlyList<ElementModel> ToModels() => Roots.Select(ToModel).ToList();

    private ElementModel ToModel(ElementDraft d)
    {
        var title = d.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            // The format requires a title; a placeholder keeps the tree whole and the warning says where to look.
            Warn(d.Line, $"Element {d.Code} nie ma tytułu; wpisano „{Untitled}”.");
            title = Untitled;
        }

        return new ElementModel(
            d.Code,
            title,
            d.Statement,
            d.Narrative.Count == 0 ? null : string.Join("\n\n", d.Narrative),
            NullIfEmpty(d.Coordinators),
            NullIfEmpty(d.Partners),
            NullIfEmpty(d.Implementers),
            NullIfEmpty(d.Indicators),
            d.Children.Count == 0 ? null : d.Children.Select(ToModel).ToList(),
            d.Funding,
            d.TimeFrame);
    }

    // The format writes an absent list as a missing key, so empty lists become null.
    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;
}

/// <summary>An element while the document is being read: filled in piece by piece, frozen by <see cref="Outline"/>.</summary>
internal sealed class ElementDraft(string code, int line)
{
    public string Code { get; } = code;

    /// <summary>Where the element was first met.</summary>
    public int Line { get; } = line;

    public string? Title { get; set; }

    public string? Statement { get; set; }

    public List<string> Narrative { get; } = [];

    public List<string> Coordinators { get; } = [];

    public List<string> Partners { get; } = [];

    public List<string> Implementers { get; } = [];

    public List<IndicatorModel> Indicators { get; } = [];

    /// <summary>"budżet gminy, środki zewnętrzne", as the document writes it.</summary>
    public string? Funding { get; set; }

    /// <summary>"2021–2027", "corocznie", as the document writes it.</summary>
    public string? TimeFrame { get; set; }

    public List<ElementDraft> Children { get; } = [];

    public int Height => 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Height));

    public ElementDraft? Child(string childCode) => Children.Find(c => c.Code == childCode);

    public ElementDraft AddChild(string childCode, int childLine, string? title = null)
    {
        var child = new ElementDraft(childCode, childLine) { Title = title };
        Children.Add(child);
        return child;
    }
}
