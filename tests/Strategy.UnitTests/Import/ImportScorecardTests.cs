using Strategy.Testing.Layouts;

namespace Strategy.UnitTests.Import;

/// <summary>The test documents of Import/Layouts, each as DOCX and as the PDF made from it (bench/scorecard runs the same).</summary>
public sealed class ImportScorecardTests
{
    private static readonly IReadOnlyList<LayoutScore> Scores = ImportScorecard.Run().ToList();

    public static TheoryData<string> Documents() => [.. ImportScorecard.Documents()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_test_document_needs_at_most_two_corrections_in_either_format(string document)
    {
        var scores = Scores.Where(s => s.Document == document).ToList();

        Assert.Equal(["DOCX", "PDF"], scores.Select(s => s.Format));
        Assert.All(scores, s => Assert.True(s.Corrections <= 2, $"{s.Document} ({s.Format}): {s.Corrections} poprawek\n{string.Join("\n", s.Differences)}"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_same_document_read_from_DOCX_and_from_PDF_gives_the_same_strategy(string document)
    {
        var scores = Scores.Where(s => s.Document == document).ToList();

        Assert.Equal(scores[0].Differences, scores[1].Differences);
    }

    [Fact]
    public void The_table_in_the_docs_is_the_one_the_import_gives_now()
    {
        var docs = File.ReadAllText(Path.Combine(Strategy.Testing.SeedDocuments.RepositoryRoot(), "docs", "import-scorecard.md"));

        Assert.Contains(ImportScorecard.Table(Scores).ReplaceLineEndings("\n"), docs.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
