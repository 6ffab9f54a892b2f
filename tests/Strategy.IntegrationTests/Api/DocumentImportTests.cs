using System.Net;
using Strategy.Application.Strategies.Commands.ImportStrategy;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Strategy.IntegrationTests.Api;

/// <summary>Importing the strategy document itself, as text or as a Word file, through the API.</summary>
public sealed class DocumentImportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task The_text_of_the_Chrzanow_document_previews_as_its_strategy_with_the_naming_warning()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var preview = await Preview(coordinator, new StringContent(SeedDocuments.Read(SeedDocuments.Chrzanow), Encoding.UTF8, "text/plain"), "Strategia Rozwiązywania Problemów Społecznych Gminy Chrzanów");

        Assert.Equal([6, 13, 85], Levels(preview));
        Assert.Equal(46, preview.GetProperty("indicators").GetInt32());
        Assert.Equal("Strategia Rozwiązywania Problemów Społecznych Gminy Chrzanów", preview.GetProperty("title").GetString());
        Assert.Contains(preview.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("6.1"));
        Assert.Empty(preview.GetProperty("newInstitutions").EnumerateArray()); // the gmina already has every one of them
    }

    [Fact]
    public async Task The_Krasnystaw_report_imports_with_its_2020_values()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");

        var response = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", new StringContent(SeedDocuments.Read(SeedDocuments.Krasnystaw), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([8, 32], Levels(result));
        Assert.Equal(20, result.GetProperty("measurements").GetInt32());
        var id = result.GetProperty("strategyId").GetGuid();
        var strategy = await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{id}");
        Assert.Contains("zajęcia zawieszono z powodu pandemii", strategy);
        Assert.Contains("\"value\":11.6", strategy);
    }

    [Fact]
    public async Task A_word_document_with_the_strategy_tables_imports_like_its_text()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var content = new ByteArrayContent(WordDocumentOf(SeedDocuments.Read(SeedDocuments.Chrzanow)));
        content.Headers.ContentType = new(Docx);

        var preview = await Preview(coordinator, content, "Strategia z Worda");

        Assert.Equal([6, 13, 85], Levels(preview));
        Assert.Equal(46, preview.GetProperty("indicators").GetInt32());
    }

    [Fact]
    public async Task The_api_answers_415_for_a_type_it_does_not_read()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var content = new ByteArrayContent("PK"u8.ToArray());
        content.Headers.ContentType = new("application/vnd.oasis.opendocument.text");

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_strategy_published_as_PDF_is_previewed_with_its_tables_read_and_nothing_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await coordinator.GetStringAsync("/api/v1/chrzanow/strategies");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "Strategy.UnitTests", "Import", "Layouts", "tabele.pdf"));
        var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new("application/pdf");

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreviewDto>())!;
        Assert.Equal("Strategia Rozwiązywania Problemów Społecznych Gminy Lipno 2022–2030", preview.Title);
        Assert.Equal((2022, 2030), (preview.PeriodStart, preview.PeriodEnd));
        Assert.Equal([2, 4, 7], preview.Levels.Select(l => l.Elements));
        Assert.Equal(7, preview.Indicators);
        Assert.Null(preview.StrategyId);
        Assert.Equal(before, await coordinator.GetStringAsync("/api/v1/chrzanow/strategies"));
    }

    [Fact]
    public async Task The_import_page_names_an_unknown_file_type()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var token = SignIn.AntiforgeryToken(await coordinator.GetStringAsync("/chrzanow/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("PK"u8.ToArray()), "Plik", "strategia.odt" },
        };

        var page = await coordinator.PostAsync("/chrzanow/import?handler=Preview", form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Nieznany format pliku „strategia.odt”", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Docx, "to nie jest plik Worda", "zaszyfrowany hasłem albo uszkodzony")]
    [InlineData("text/plain", "Lorem ipsum dolor sit amet.\nNic tu nie ma.", "Nie rozpoznano struktury strategii")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "to nie jest arkusz", "Plik XLSX jest uszkodzony albo zaszyfrowany")]
    public async Task A_file_that_cannot_be_read_is_refused_with_the_problem_named(string contentType, string body, string reason)
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Strategies));
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new(contentType);

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import?commit=true", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Strategies)));
    }

    private static async Task<JsonElement> Preview(HttpClient client, HttpContent content, string title)
    {
        var response = await client.PostAsync($"/api/v1/chrzanow/strategies/import?title={Uri.EscapeDataString(title)}", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int[] Levels(JsonElement preview) =>
        preview.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("elements").GetInt32()).ToArray();

    /// <summary>
    /// The document as Word would hold it: its tab-separated rows as real tables (consecutive rows
    /// form one table; a cell's &lt;p&gt; fragments become its paragraphs), everything else as paragraphs.
    /// </summary>
    private static byte[] WordDocumentOf(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            Table? table = null;
            foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                if (!line.Contains('\t'))
                {
                    table = null;
                    body.Append(Paragraph(line));
                    continue;
                }

                if (table is null)
                {
                    table = new Table();
                    body.Append(table);
                }

                table.Append(new TableRow(line.Split('\t').Select(cell => new TableCell(CellParagraphs(cell)))));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static IEnumerable<Paragraph> CellParagraphs(string cell)
    {
        var parts = cell.Split("</p>", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("<p>", "").Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 1 ? parts.Select(Paragraph) : [Paragraph(cell)];
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
}
