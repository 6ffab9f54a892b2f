using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Reports.StateReport;
using static Strategy.Infrastructure.Documents.WordBlocks;

namespace Strategy.Infrastructure.Documents;

/// <summary>The raport o stanie gminy chapter in reading order: its title, the introduction, a paragraph per goal, the key indicators' table.</summary>
internal static class StateReportBody
{
    public static Body Write(StateReportChapter chapter)
    {
        var body = new Body();
        body.Append(Heading(1, chapter.Title));
        foreach (var paragraph in chapter.Introduction)
        {
            body.Append(Paragraphs(paragraph));
        }

        if (chapter.Notice is { } notice)
        {
            body.Append(Paragraphs(notice));
        }

        foreach (var goal in chapter.Goals)
        {
            body.Append(Heading(2, goal.Heading));
            body.Append(Paragraphs(goal.Paragraph));
        }

        if (chapter.KeyIndicators.Count > 0)
        {
            body.Append(Heading(2, "Kluczowe wskaźniki"));
            // A caption before the table: Word merges two tables that touch, and a reader needs to know what the table is.
            body.Append(Caption($"Wartości zatwierdzone za lata {chapter.Year - 1} i {chapter.Year}"));
            body.Append(Table(
                [("Kod", 7), ("Wskaźnik", 30), ($"{chapter.Year - 1}", 18), ($"{chapter.Year}", 18), ("Wartość docelowa", 15), ("Ocena", 12)],
                chapter.KeyIndicators.Select(r => (IReadOnlyList<IEnumerable<Paragraph>>)[Paragraphs(r.Code), Paragraphs(r.Indicator), Paragraphs(r.Previous), Paragraphs(r.Current), Paragraphs(r.Target), Paragraphs(r.Assessment)])));
        }

        return body;
    }
}
