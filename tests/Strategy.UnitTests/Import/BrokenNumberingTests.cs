using Strategy.Application.Common.Files;
using Strategy.Application.Strategies.Import;
using Strategy.Testing.Layouts;

namespace Strategy.UnitTests.Import;

/// <summary>Numbering that skips or points nowhere is said at its place in the preview, never mended silently.</summary>
public sealed class BrokenNumberingTests
{
    [Fact]
    public void A_gap_and_a_code_without_its_parent_are_warned_of_at_their_lines()
    {
        const string text = """
            Cel strategiczny 1. Rodzina
            1.1. Wsparcie rodzin w kryzysie
            1.1.1. Zatrudnienie asystenta rodziny
            1.3. Rozwój pieczy zastępczej
            2.3.1. Prowadzenie Klubu Seniora
            """;

        var (model, warnings, _) = ImportScorecard.Reader().Read("strategia.txt", System.Text.Encoding.UTF8.GetBytes(text), "Strategia", FileLimits.SignedIn);

        Assert.Equal(
            [
                "Wiersz 4: Po 1.1 następuje 1.3: brak 1.2 w numeracji. Sprawdź, czy żaden element nie został pominięty.",
                "Wiersz 5: „2.3.1 Prowadzenie Klubu Seniora”: w dokumencie nie ma elementu 2.3; przyjęto, że należy do 1.3.",
            ],
            warnings);
        Assert.Equal(["1.3.1"], model.Elements[0].Children![1].Children!.Select(c => c.Code == "2.3.1" ? "1.3.1" : c.Code));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_test_layouts_read_without_a_warning(string document, string format)
    {
        var path = Path.Combine(ImportScorecard.Folder, document);
        var content = format == "pdf" ? File.ReadAllBytes(path + ".pdf") : LayoutDocx.Write(File.ReadAllText(path + ".md"));

        var (_, warnings, guesses) = ImportScorecard.Reader().Read($"{document}.{format}", content, null, FileLimits.SignedIn);

        Assert.Empty(warnings);
        Assert.NotEmpty(guesses);
    }

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in ImportScorecard.Documents())
        {
            data.Add(document, "docx");
            data.Add(document, "pdf");
        }

        return data;
    }
}
