using System.Net;
using System.Net.Http.Json;

namespace Strategy.IntegrationTests.Identity;

/// <summary>
/// The full matrix: every role (and no sign-in, a platform admin, another gmina's admin) against
/// one use case per permission, through the API and the pages. Chrzanów is made private first, so
/// reading depends on membership alone.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.PrivateChrzanow app) : IClassFixture<AuthorizationMatrixTests.PrivateChrzanow>
{
    private const int Ok = 200, Redirect = 302, Unauthorized = 401, Forbidden = 403, NotFound = 404;

    // Who, in the order of the columns below.
    private static readonly string?[] Actors =
    [
        null,                          // not signed in
        "obserwator@chrzanow.demo",    // Viewer
        "partner@chrzanow.demo",       // Partner
        "koordynator@chrzanow.demo",   // Coordinator
        "admin@chrzanow.demo",         // TenantAdmin
        "admin@strategia.demo",        // PlatformAdmin (no membership, no support session)
        "admin@krasnystaw.demo",       // TenantAdmin of another gmina
    ];

    public static TheoryData<string, int[]> Matrix => new()
    {
        //                                              anon          viewer     partner    coord      tadmin     padmin     other
        { "/api/v1/chrzanow/strategies",               [Unauthorized, Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/institutions/registry",    [Unauthorized, Forbidden, Forbidden, Ok,        Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/members",                  [Unauthorized, Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/api-clients",              [Unauthorized, Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/audit",                    [Unauthorized, Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/settings",                 [Unauthorized, Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/benchmarks",               [Unauthorized, Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/benchmarks/ludnosc",       [Unauthorized, Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/api/v1/admin/tenants",                     [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden] },
        { "/api/v1/admin/signups",                     [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden] },
        { "/api/v1/admin/audit",                       [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden] },
        { "/api/v1/me/memberships",                    [Unauthorized, Ok,        Ok,        Ok,        Ok,        Ok,        Ok] },
        { "/api/v1/tenants",                           [Ok,           Ok,        Ok,        Ok,        Ok,        Ok,        Ok] },
        // The same rules on the pages: the sign-in page instead of 401, the Polish 403 and 404 pages.
        { "/chrzanow",                                 [Redirect,     Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/chrzanow/instytucje",                      [Redirect,     Forbidden, Forbidden, Ok,        Ok,        NotFound,  NotFound] },
        { "/chrzanow/porownania",                      [Redirect,     Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/chrzanow/admin/ludnosc",                   [Redirect,     Forbidden, Forbidden, Ok,        Ok,        NotFound,  NotFound] },
        { "/api/v1/chrzanow/population",               [Unauthorized, Ok,        Ok,        Ok,        Ok,        NotFound,  NotFound] },
        { "/chrzanow/admin/uzytkownicy",               [Redirect,     Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/chrzanow/admin/klienci-api",               [Redirect,     Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/chrzanow/admin/dziennik",                  [Redirect,     Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/chrzanow/admin/ustawienia",                [Redirect,     Forbidden, Forbidden, Forbidden, Ok,        NotFound,  NotFound] },
        { "/admin",                                    [Redirect,     Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden] },
        { "/admin/zgloszenia",                         [Redirect,     Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden] },
        { "/account/gminy",                            [Redirect,     Ok,        Ok,        Ok,        Ok,        Ok,        Ok] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_its_permissions_allow(string path, int[] expected)
    {
        var actual = new List<int>();
        foreach (var actor in Actors)
        {
            var client = actor is null ? SignIn.NewClient(app) : await app.ClientAsync(actor);
            actual.Add((int)(await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_platform_admin_reads_a_private_gmina_only_inside_an_audited_support_session()
    {
        var admin = await app.ClientAsync("admin@strategia.demo");
        var chrzanowId = (await DemoData.ReadAsync(app, "chrzanow")).TenantId;
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);

        var started = await admin.PostAsJsonAsync($"/api/v1/admin/tenants/{chrzanowId}/support-sessions", new { reason = "Zgłoszenie nr 42" });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/chrzanow/members")).StatusCode); // reading only, never managing
        var audit = await (await app.ClientAsync("admin@chrzanow.demo")).GetStringAsync("/api/v1/chrzanow/audit");
        Assert.Contains("support-session.started", audit);
        Assert.Contains("Zgłoszenie nr 42", audit);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/tenants/{chrzanowId}/support-sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
    }

    [Fact]
    public async Task A_person_in_two_gminy_sees_both_and_switches_between_them()
    {
        var client = await app.ClientAsync("radny@strategia.demo");

        var memberships = await client.GetStringAsync("/api/v1/me/memberships");
        var page = await client.GetStringAsync("/account/gminy");

        Assert.Contains("\"tenantIdentifier\":\"chrzanow\"", memberships);
        Assert.Contains("\"tenantIdentifier\":\"krasnystaw\"", memberships);
        Assert.Contains("href=\"/chrzanow\"", page);
        Assert.Contains("href=\"/krasnystaw\"", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/chrzanow/strategies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/krasnystaw/strategies")).StatusCode);
    }

    /// <summary>The demo host with Chrzanów's public pages switched off, and one signed-in client per person.</summary>
    public sealed class PrivateChrzanow : StrategyAppFactory, IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> _clients = [];

        public async Task<HttpClient> ClientAsync(string email)
        {
            if (!_clients.TryGetValue(email, out var client))
            {
                client = await SignIn.AsAsync(this, email);
                _clients[email] = client;
            }

            return client;
        }

        public async ValueTask InitializeAsync()
        {
            var admin = await ClientAsync("admin@chrzanow.demo");
            var response = await admin.PutAsJsonAsync("/api/v1/chrzanow/settings/public-pages", new { enabled = false });
            response.EnsureSuccessStatusCode();
        }
    }
}
