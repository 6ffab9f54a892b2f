using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Files;
using Strategy.Domain.Tenancy;

namespace Strategy.IntegrationTests.Identity;

/// <summary>A gmina starts from its own strategy document, at onboarding or at sign-up.</summary>
public sealed class OnboardingWithDocumentTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Fact]
    public async Task A_platform_admin_onboards_a_gmina_from_its_strategy_document()
    {
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var document = Encoding.UTF8.GetBytes(SeedDocuments.Read(SeedDocuments.Krasnystaw));

        var created = await admin.PostAsJsonAsync("/api/v1/admin/tenants", new
        {
            terytCode = "0606052", startingModel = "document", firstAdminEmail = "wojt@krasnystaw-gmina.pl", publicPages = false,
            documentName = "raport-2020.txt", document,
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var identifier = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("identifier").GetString()!;
        var goals = await app.InTenantAsync(identifier, db => db.Elements.CountAsync(e => e.Depth == 1));
        var operational = await app.InTenantAsync(identifier, db => db.Elements.CountAsync(e => e.Depth == 2));
        Assert.Equal((8, 32), (goals, operational));
    }

    [Fact]
    public async Task A_platform_admin_onboards_a_gmina_from_the_filled_in_spreadsheet_template()
    {
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var csv = Encoding.UTF8.GetBytes("Pole;Wartość\r\nTytuł;Strategia Gminy Trzebinia\r\n\r\nKod;Poziom;Tytuł;Realizatorzy\r\n1;Obszar;Rodzina;MOPS\r\n1.1;Cel operacyjny;Wsparcie rodzin;\"MOPS; PCPR\"\r\n");

        var created = await admin.PostAsJsonAsync("/api/v1/admin/tenants", new
        {
            terytCode = "1203053", startingModel = "document", firstAdminEmail = "sekretarz@trzebinia.pl", publicPages = false,
            documentName = "strategia.csv", document = csv,
        });

        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var identifier = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("identifier").GetString()!;
        Assert.Equal(["Strategia Gminy Trzebinia"], await app.InTenantAsync(identifier, db => db.Strategies.Select(s => s.Title).ToListAsync()));
        Assert.Equal(2, await app.InTenantAsync(identifier, db => db.Elements.CountAsync()));
        Assert.Equal(["MOPS", "PCPR"], await app.InTenantAsync(identifier, db => db.Institutions.Select(i => i.Name).Order().ToListAsync()));
    }

    [Fact]
    public async Task A_gmina_signs_up_with_its_document_and_starts_from_it_once_approved()
    {
        using var anonymous = SignIn.NewClient(app);
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var document = Encoding.UTF8.GetBytes(SeedDocuments.Read(SeedDocuments.Chrzanow));

        var submitted = await anonymous.PostAsJsonAsync("/api/v1/signups", new
        {
            terytCode = "1203043", contactName = "Jan Kowalski", email = "jan@libiaz.pl", startingModel = "document",
            documentName = "strategia.txt", document,
        });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SignUps.ConfirmAsync(app, "jan@libiaz.pl");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/signups/{id}/decision", new { approve = true })).StatusCode);

        var tasks = await app.InTenantAsync("libiaz", db => db.Elements.CountAsync(e => e.Depth == 3));
        Assert.Equal(85, tasks);
        Assert.Null(await app.InTenantAsync(null, db => db.SignUpRequests.Where(r => r.Id == id).Select(r => r.Document).SingleAsync()));
    }

    [Fact]
    public async Task A_gmina_signs_up_with_the_PDF_of_its_strategy_from_its_BIP_and_starts_from_it_once_approved()
    {
        using var anonymous = SignIn.NewClient(app);
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Strategy.Testing.Layouts.ImportScorecard.Folder, "kropkowa.pdf"));

        var submitted = await anonymous.PostAsJsonAsync("/api/v1/signups", new
        {
            terytCode = "1203022", contactName = "Anna Nowak", email = "anna@babice.pl", startingModel = "document",
            documentName = "strategia-2021-2027.pdf", document = pdf,
        });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SignUps.ConfirmAsync(app, "anna@babice.pl");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/signups/{id}/decision", new { approve = true })).StatusCode);

        Assert.Equal(
            ["Gminna Strategia Rozwiązywania Problemów Społecznych Gminy Brzeziny na lata 2021-2027"],
            await app.InTenantAsync("babice", db => db.Strategies.Select(s => s.Title).ToListAsync()));
        Assert.Equal(14, await app.InTenantAsync("babice", db => db.Elements.CountAsync()));
        Assert.Equal("budżet gminy, Fundusz Pracy", await app.InTenantAsync("babice", db => db.Elements.Where(e => e.Code == "2.1").Select(e => e.Funding).SingleAsync()));
    }

    [Fact]
    public async Task A_hostile_PDF_at_the_anonymous_sign_up_is_refused_before_it_is_read_whole_and_nothing_is_kept()
    {
        using var anonymous = SignIn.NewClient(app);
        var bombs = new (string Name, byte[] Content, string Reason)[]
        {
            ("strony.pdf", Bombs.PdfPages(FileLimits.Anonymous.MaxPages + 1), "najwyżej 200 stron PDF"),
            ("bomba.pdf", Bombs.PdfUnpackingToMegabytes(1_000), "najwyżej 10 MB po rozpakowaniu jednego strumienia PDF"),
        };

        foreach (var (name, content, reason) in bombs)
        {
            var response = await anonymous.PostAsJsonAsync("/api/v1/signups", new
            {
                terytCode = "1203013", contactName = "Ewa", email = "ewa@alwernia.pl", startingModel = "document",
                documentName = name, document = content,
            });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        }

        Assert.False(await app.InTenantAsync(null, db => db.SignUpRequests.AnyAsync(r => r.TerytCode == TerytCode.Parse("1203013"))));
    }

    [Theory]
    [InlineData("notatki.txt", "Lorem ipsum.", "Nie rozpoznano struktury strategii")]
    [InlineData("strategia.pdf", "%PDF", "Nie można odczytać pliku PDF")]
    [InlineData("strategia.odt", "PK", "Nieznany format pliku")]
    [InlineData(null, null, "Dołącz plik strategii gminy")]
    public async Task A_sign_up_with_an_unusable_file_is_refused_at_once_and_nothing_is_kept(string? name, string? content, string reason)
    {
        using var anonymous = SignIn.NewClient(app);

        // A gmina no other test onboards (Trzebinia is onboarded above): the refusal must be the file's, whatever the test order.
        var response = await anonymous.PostAsJsonAsync("/api/v1/signups", new
        {
            terytCode = "1203013", contactName = "Ewa", email = "ewa@alwernia.pl", startingModel = "document",
            documentName = name, document = content is null ? null : Encoding.UTF8.GetBytes(content),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.False(await app.InTenantAsync(null, db => db.SignUpRequests.AnyAsync(r => r.TerytCode == TerytCode.Parse("1203013"))));
    }
}
