using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Strategy.IntegrationTests.Reports;

/// <summary>
/// The DOCX a council reads, laid out by LibreOffice as a person would open it: no word broken inside a table cell
/// ("zgłoszon/o"), and as many pages as its content needs. Without soffice on a developer's machine the test says
/// how to install it; CI (.ci/run) installs libreoffice-writer-nogui.
/// </summary>
public sealed partial class CouncilDocumentTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Soffice = "/usr/bin/soffice";

    [Theory]
    [InlineData("chrzanow", 2025, 12)]
    [InlineData("krasnystaw", 2020, 12)]
    public async Task The_report_for_the_council_breaks_no_word_in_a_table_and_its_pages_follow_the_content(string tenant, int year, int mostPages)
    {
        RequireLibreOffice();

        var coordinator = await SignIn.AsAsync(app, $"koordynator@{tenant}.demo");
        var strategy = (await DemoData.ReadAsync(app, tenant)).StrategyId;
        var docx = await coordinator.GetByteArrayAsync($"/api/v1/{tenant}/strategies/{strategy}/reports/{year}.docx");

        var folder = Directory.CreateTempSubdirectory("raport-");
        try
        {
            var input = Path.Combine(folder.FullName, $"{tenant}.docx");
            await File.WriteAllBytesAsync(input, docx, TestContext.Current.CancellationToken);
            await ConvertAsync(input, folder.FullName);
            using var pdf = PdfDocument.Open(Path.ChangeExtension(input, ".pdf"));

            AssertNoWordBroken(docx, pdf);

            // Rows only for what was reported: the pages grow with the content, not with the strategy's size.
            TestContext.Current.SendDiagnosticMessage($"{tenant} {year}: {pdf.NumberOfPages} pages");
            Assert.InRange(pdf.NumberOfPages, 3, mostPages);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_chapter_for_the_raport_o_stanie_gminy_is_two_to_five_pages()
    {
        RequireLibreOffice();

        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var strategy = (await DemoData.ReadAsync(app, "krasnystaw")).StrategyId;
        var folder = Directory.CreateTempSubdirectory("rozdzial-");
        try
        {
            var input = Path.Combine(folder.FullName, "rozdzial.docx");
            var docx = await coordinator.GetByteArrayAsync($"/api/v1/krasnystaw/strategies/{strategy}/state-report/2020.docx");
            await File.WriteAllBytesAsync(input, docx, TestContext.Current.CancellationToken);
            await ConvertAsync(input, folder.FullName);
            using var pdf = PdfDocument.Open(Path.ChangeExtension(input, ".pdf"));

            AssertNoWordBroken(docx, pdf);

            TestContext.Current.SendDiagnosticMessage($"krasnystaw 2020 chapter: {pdf.NumberOfPages} pages");
            Assert.InRange(pdf.NumberOfPages, 2, 5);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Pages and line breaks are a word processor's work, not .NET's: these tests open the DOCX in LibreOffice as a
    /// reader would. In CI (which installs it) a missing LibreOffice fails the test; on a machine with only the .NET SDK
    /// the test says it did not run and why, rather than pass having looked at nothing.
    /// </summary>
    private static void RequireLibreOffice()
    {
        if (File.Exists(Soffice))
        {
            return;
        }

        Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{Soffice} is missing; .ci/run must install libreoffice-writer-nogui.");
        Assert.Skip($"LibreOffice is not installed on this machine ({Soffice}), and only it can show how many pages the document takes and where its lines break. Install it (apt-get install libreoffice-writer-nogui) to run this check; CI always runs it.");
    }

    private static void AssertNoWordBroken(byte[] docx, PdfDocument pdf)
    {
        var written = Words(DocumentText(docx)).ToHashSet(StringComparer.Ordinal);
        var broken = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => Trimmed(w.Text))
            .Where(w => w.Length > 0 && !written.Contains(w) && !w.All(char.IsAsciiDigit))
            .Distinct().ToList();
        Assert.True(broken.Count == 0, $"pieces of words in the PDF that the document does not have: {string.Join(", ", broken.Take(20))}");
    }

    private static async Task ConvertAsync(string input, string outputFolder)
    {
        // A profile of its own: two conversions at once would otherwise wait on one profile's lock.
        var profile = new Uri(Path.Combine(outputFolder, "profil")).AbsoluteUri;
        using var process = Process.Start(new ProcessStartInfo(Soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", outputFolder, input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every run of text in the document's body, footer and fields aside.</summary>
    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        return string.Join(" ", TextRun().Matches(xml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))) + " Strona z";
    }

    /// <summary>The document's words, and the halves of a hyphenated one: a line may end at its hyphen ("społeczno-/kulturalna").</summary>
    private static IEnumerable<string> Words(string text) => text.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(w => w.Split('-').Select(Trimmed).Append(Trimmed(w)));

    private static string Trimmed(string word) => word.Trim('.', ',', ';', ':', '(', ')', '„', '”', '"', '–', '-', '—', '/', '!', '?', '%', '\u2212', '+');

    [GeneratedRegex("<w:t(?: [^>]*)?>([^<]*)</w:t>", RegexOptions.NonBacktracking)]
    private static partial Regex TextRun();
}
