using System.Globalization;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import.Blocks;

namespace Strategy.Application.Strategies.Completeness;

/// <summary>The parts a gmina's strategy contains in particular, in the order of art. 16b ust. 2 ustawy o pomocy społecznej.</summary>
public enum StatutoryPart
{
    Diagnosis,
    Forecast,
    StrategicGoals,
    Directions,
    ImplementationAndFinance,
    Indicators,
}

/// <summary>The parts' names as the law gives them, and which of them a chapter heading names.</summary>
public static class StatutoryParts
{
    public static readonly IReadOnlyList<StatutoryPart> All = Enum.GetValues<StatutoryPart>();

    /// <summary>Longer than any chapter title: a longer block is a paragraph that happens to say "diagnoza".</summary>
    private const int HeadingLength = 150;

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Name(StatutoryPart part) => part switch
    {
        StatutoryPart.Diagnosis => "diagnoza sytuacji społecznej",
        StatutoryPart.Forecast => "prognoza zmian w zakresie objętym strategią",
        StatutoryPart.StrategicGoals => "określenie celów strategicznych projektowanych zmian",
        StatutoryPart.Directions => "określenie kierunków niezbędnych działań",
        StatutoryPart.ImplementationAndFinance => "sposób realizacji strategii oraz jej ramy finansowe",
        _ => "wskaźniki realizacji działań",
    };

    /// <summary>The parts a heading names: "Diagnoza i prognoza" names two, "Wstęp" none. Plain word stems, no pattern over the text.</summary>
    public static IReadOnlySet<StatutoryPart> Named(string heading)
    {
        var text = heading.ToLower(Polish);
        var parts = new HashSet<StatutoryPart>();
        if (text.Contains("diagnoz", StringComparison.Ordinal))
        {
            parts.Add(StatutoryPart.Diagnosis);
        }

        if (text.Contains("prognoz", StringComparison.Ordinal))
        {
            parts.Add(StatutoryPart.Forecast);
        }

        if (text.Contains("strategiczn", StringComparison.Ordinal) && (text.Contains("cel", StringComparison.Ordinal) || text.Contains("obszar", StringComparison.Ordinal)))
        {
            parts.Add(StatutoryPart.StrategicGoals);
        }

        if (text.Contains("kierunk", StringComparison.Ordinal))
        {
            parts.Add(StatutoryPart.Directions);
        }

        if (text.Contains("ramy finansowe", StringComparison.Ordinal) || text.Contains("finansowani", StringComparison.Ordinal)
            || text.Contains("sposób realizacji", StringComparison.Ordinal) || text.Contains("wdrażani", StringComparison.Ordinal) || text.Contains("realizacja strategii", StringComparison.Ordinal))
        {
            parts.Add(StatutoryPart.ImplementationAndFinance);
        }

        if (text.Contains("wskaźnik", StringComparison.Ordinal) || text.Contains("monitoring", StringComparison.Ordinal))
        {
            parts.Add(StatutoryPart.Indicators);
        }

        return parts;
    }

    /// <summary>
    /// The document's chapters that name a part: headings (a heading style, a larger or bold line) and
    /// short lines standing alone ("ROZDZIAŁ II. DIAGNOZA SYTUACJI SPOŁECZNEJ"), each once, in document order;
    /// not a heading that is an element of the strategy ("Cel strategiczny 1. Wzmocnienie rodziny…").
    /// </summary>
    /// <param name="elementTitles">The titles of the elements read from the document.</param>
    public static IReadOnlyList<ChapterModel> ChaptersOf(DocumentBlocks document, IReadOnlyCollection<string> elementTitles)
    {
        var chapters = new List<ChapterModel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in document.Blocks)
        {
            var text = block.Line.Trim();
            if (block.Kind == BlockKind.TableRow || text.Length is 0 or > HeadingLength || !LooksLikeHeading(block, text)
                || Named(text).Count == 0 || elementTitles.Any(t => t.Length >= 10 && text.Contains(t, StringComparison.OrdinalIgnoreCase)) || !seen.Add(text))
            {
                continue;
            }

            chapters.Add(new ChapterModel(text, document.Where(block.Place)));
            if (chapters.Count == Domain.Strategies.MunicipalStrategy.MaxChapters)
            {
                break;
            }
        }

        return chapters;
    }

    // A sentence ends with a full stop; a chapter title does not, unless it is numbered ("II. Diagnoza.") or says it is one.
    private static bool LooksLikeHeading(DocumentBlock block, string text) =>
        block.Kind == BlockKind.Heading
        || text.StartsWith("rozdział", StringComparison.OrdinalIgnoreCase)
        || !text.EndsWith('.') && text.Count(c => c == ' ') < 15;
}
