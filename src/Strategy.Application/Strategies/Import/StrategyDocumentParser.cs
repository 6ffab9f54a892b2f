using Strategy.Application.Strategies.Completeness;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Import;

/// <summary>A warning about the document, in Polish, with the 1-based line where it was noticed.</summary>
public sealed record ImportWarning(int Line, string Message);

/// <param name="Guesses">What the reader decided without the document saying it ("„Kierunki działań” uznano za poziom 3.").</param>
public sealed record ParsedStrategyDocument(StrategyModel Model, IReadOnlyList<ImportWarning> Warnings, IReadOnlyList<string>? Guesses = null);

/// <summary>
/// Reads the text of a strategy document (tables flattened to tab-separated lines, cells possibly
/// carrying HTML) into the strategy model format. The hierarchy comes from the numbering: dotted codes
/// ("1", "1.1", "1.1.1") or numbering that restarts at each level ("Cel strategiczny 1" → "Cele
/// operacyjne 1. … 2. …"). Irregularities do not stop the import; they come back as warnings.
/// </summary>
public static class StrategyDocumentParser
{
    public const string DefaultTitle = "Strategia rozwiązywania problemów społecznych";
    public const string ImportedSource = "Zaimportowano z tekstu dokumentu strategii.";

    /// <param name="title">The strategy's title when the caller knows it; otherwise the document's own, or <see cref="DefaultTitle"/>.</param>
    /// <param name="status">"adopted" when the caller knows the strategy was adopted; otherwise "adopted" only when the text says so.</param>
    /// <exception cref="DomainException">The text has no structure this parser recognises.</exception>
    public static ParsedStrategyDocument Parse(string text, string? title = null, string? status = null) =>
        Parse(DocumentBlocks.FromText(text), title, status);

    /// <summary>The blocks of a document in any format; warnings name the block's <see cref="DocumentBlock.Place"/>.</summary>
    public static ParsedStrategyDocument Parse(DocumentBlocks document, string? title = null, string? status = null)
    {
        var text = document.ToText();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Nie rozpoznano struktury strategii: tekst dokumentu jest pusty.");
        }

        var lines = document.Blocks.Select(b => new SourceLine(b.Place, b.Line)).ToList();
        var facts = DocumentFacts.Read(document.Blocks);
        var outline = new Outline();

        // The two layouts of the built-in strategies have readers of their own, kept exact; every other goes by its markers.
        if (DottedOutlineReader.Recognises(lines))
        {
            new DottedOutlineReader(outline, facts.ReportYear).Read(lines);
        }
        else if (RestartOutlineReader.Recognises(lines))
        {
            new RestartOutlineReader(outline, facts.ReportYear).Read(lines);
        }
        else
        {
            new BlockOutlineReader(outline, facts.ReportYear).Read(document.Blocks);
        }

        if (outline.Roots.Count == 0)
        {
            throw new DomainException(
                "Nie rozpoznano struktury strategii: w tekście nie ma numerowanych elementów " +
                "(np. „1.1 Cel operacyjny…” albo „Cel strategiczny 1”) ani tabeli z kolumną celów lub zadań. " +
                "Wpisz strukturę do szablonu arkusza (XLSX albo CSV, do pobrania na stronie importu) i zaimportuj arkusz.");
        }

        var elements = outline.ToModels();
        var name = string.IsNullOrWhiteSpace(title) ? facts.Title ?? DefaultTitle : title.Trim();
        var period = DocumentFacts.PeriodOf(name) ?? facts.Period;
        var model = new StrategyModel(
            FormatVersion: 1,
            Title: name,
            Levels: outline.Levels(),
            Elements: elements,
            PeriodStart: period?.Start,
            PeriodEnd: period?.End,
            AdoptionResolution: facts.Resolution,
            Status: status ?? (facts.Adopted ? "adopted" : null),
            Source: ImportedSource,
            Chapters: StatutoryParts.ChaptersOf(document, Titles(elements).ToList()) is { Count: > 0 } chapters ? chapters : null);

        static IEnumerable<string> Titles(IEnumerable<ElementModel> level) => level.SelectMany(e => Titles(e.Children ?? []).Prepend(e.Title));

        // Warnings in document order, so they read alongside the text.
        return new ParsedStrategyDocument(model, outline.Warnings.OrderBy(w => w.Line).ToList(), outline.Guesses);
    }
}
