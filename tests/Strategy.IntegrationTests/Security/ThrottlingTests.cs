using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Identity;

namespace Strategy.IntegrationTests.Security;

/// <summary>What anyone can reach without signing in is throttled per address and in total, answering 429 in Polish with Retry-After.</summary>
public sealed class ThrottlingTests
{
    [Fact]
    public async Task Anonymous_requests_past_the_per_address_limit_get_429_while_a_signed_in_person_is_not_throttled()
    {
        await using var app = new LimitedFactory(("Security:AnonymousRequestsPerMinute", "6"));
        var person = await SignIn.AsAsync(app, "koordynator@chrzanow.demo"); // two anonymous requests: the form and its post
        using var anonymous = SignIn.NewClient(app);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await anonymous.GetAsync("/api/v1/municipalities?q=babice");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await AssertPolish429Async(last);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/rejestracja")).StatusCode);
        Assert.Contains("Zbyt wiele prób", await (await anonymous.GetAsync("/rejestracja")).Content.ReadAsStringAsync());
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/v1/municipalities?q=babice")).StatusCode);
        }
    }

    [Fact]
    public async Task Open_data_files_count_against_the_anonymous_limit_like_every_public_read()
    {
        await using var app = new LimitedFactory(("Security:AnonymousRequestsPerMinute", "3"));
        using var anonymous = SignIn.NewClient(app);

        var statuses = new List<HttpStatusCode>();
        foreach (var file in new[] { "wskazniki.csv", "wskazniki.json", "dane-gov-pl.xml", "dane-gov-pl.md5" })
        {
            statuses.Add((await anonymous.GetAsync($"/krasnystaw/otwarte-dane/{file}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Anonymous_requests_past_the_ceiling_for_all_addresses_get_429()
    {
        await using var app = new LimitedFactory(("Security:AnonymousRequestsPerMinuteTotal", "3"));
        using var anonymous = SignIn.NewClient(app);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/tenants")).StatusCode);
        }

        await AssertPolish429Async(await anonymous.GetAsync("/api/v1/tenants"));
    }

    [Fact]
    public async Task Sign_ups_past_their_own_limit_get_429_and_store_nothing_more()
    {
        await using var app = new LimitedFactory(("Security:AnonymousSubmissionsPerMinute", "2"));
        using var anonymous = SignIn.NewClient(app);

        var first = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203013", contactName = "Jan", email = "jan@alwernia.pl", startingModel = "empty" });
        var second = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203022", contactName = "Jan", email = "jan@babice.pl", startingModel = "empty" });
        var third = await anonymous.PostAsJsonAsync("/api/v1/signups", new { terytCode = "1203053", contactName = "Jan", email = "jan@trzebinia.pl", startingModel = "empty" });
        var reset = await SignIn.PostFormAsync(anonymous, "/account/niepamietam-hasla", new() { ["Email"] = "obserwator@chrzanow.demo" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        await AssertPolish429Async(third);
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
        Assert.Equal(2, await app.InTenantAsync(null, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.SignUpRequests)));
    }

    [Fact]
    public async Task A_sign_in_for_an_unknown_e_mail_verifies_a_password_hash_as_one_for_a_real_account_does()
    {
        await using var app = new LimitedFactory();
        using var client = SignIn.NewClient(app);

        await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "nikt@nigdzie.pl", ["Input.Password"] = "cokolwiek" });
        var unknown = app.Hasher.Verifications;
        await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "obserwator@chrzanow.demo", ["Input.Password"] = "zle-haslo" });

        Assert.Equal(1, unknown);
        Assert.Equal(2, app.Hasher.Verifications);
    }

    private static async Task AssertPolish429Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) > 0);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Zbyt wiele żądań", problem.GetProperty("title").GetString());
        Assert.StartsWith("Z tego adresu przyszło ostatnio zbyt wiele żądań", problem.GetProperty("detail").GetString());
    }

    private sealed class LimitedFactory(params (string Key, string Value)[] limits) : StrategyAppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => limits.ToDictionary(l => l.Key, l => (string?)l.Value);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
