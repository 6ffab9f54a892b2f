using System.Net;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Audit;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Identity;

/// <summary>Sign-in through the Polish form: cookies, one generic failure message, lockout, audit.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly StrategyAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Signing_in_sets_a_host_prefixed_secure_http_only_same_site_cookie_and_is_audited()
    {
        var client = SignIn.NewClient(_app);

        var response = await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "koordynator@chrzanow.demo", ["Input.Password"] = DemoTenants.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/chrzanow", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-strategia=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(await _app.InTenantAsync(null, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SignInSucceeded && e.UserName == "koordynator@chrzanow.demo")));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_message()
    {
        var client = SignIn.NewClient(_app);

        var wrongPassword = await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "obserwator@chrzanow.demo", ["Input.Password"] = "Zle-haslo-123" });
        var unknown = await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "nikt@nigdzie.pl", ["Input.Password"] = "Zle-haslo-123" });

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var a = await wrongPassword.Content.ReadAsStringAsync();
        var b = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Nieprawidłowy adres e-mail lub hasło.", a);
        Assert.Contains("Nieprawidłowy adres e-mail lub hasło.", b);
        Assert.True(await _app.InTenantAsync(null, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.UserName == "nikt@nigdzie.pl")));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var client = SignIn.NewClient(_app);
        for (var i = 0; i < 5; i++)
        {
            await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "partner@krasnystaw.demo", ["Input.Password"] = $"Zle-haslo-{i}" });
        }

        var right = await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "partner@krasnystaw.demo", ["Input.Password"] = DemoTenants.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Nieprawidłowy adres e-mail lub hasło.", await right.Content.ReadAsStringAsync());
        Assert.True(await _app.InTenantAsync(null, db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SignInLockedOut && e.UserName == "partner@krasnystaw.demo")));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = SignIn.NewClient(_app);

        var response = await client.PostAsync("/account/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "koordynator@chrzanow.demo",
            ["Input.Password"] = DemoTenants.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await SignIn.AsAsync(_app, "admin@chrzanow.demo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chrzanow/admin/uzytkownicy")).StatusCode);

        var response = await SignIn.PostFormAsync(client, "/account/wyloguj", [], pageForToken: "/chrzanow");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/chrzanow/admin/uzytkownicy");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/logowanie", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        var client = SignIn.NewClient(_app);
        var asked = await SignIn.PostFormAsync(client, "/account/niepamietam-hasla", new() { ["Email"] = "obserwator@krasnystaw.demo" });
        Assert.Contains("Jeśli konto z tym adresem istnieje", await asked.Content.ReadAsStringAsync());

        var link = await Mail.LinkSentToAsync(_app, "obserwator@krasnystaw.demo", "/account/nowe-haslo");
        var reset = await SignIn.PostFormAsync(client, link, new() { ["Password"] = "Nowe-Haslo-2026!" }, pageForToken: link);
        Assert.Contains("Hasło zostało zmienione.", await reset.Content.ReadAsStringAsync());

        await SignIn.AsAsync(_app, "obserwator@krasnystaw.demo", "Nowe-Haslo-2026!");
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignIn.AsAsync(_app, "obserwator@krasnystaw.demo"));
    }

    [Theory]
    [InlineData("", "Podaj adres e-mail.")]
    [InlineData("nie-ma-takiego-konta@example.pl", null)]
    public async Task A_reset_asked_for_no_address_is_refused_and_for_an_unknown_one_answered_alike_both_sending_nothing(string email, string? refusal)
    {
        var client = SignIn.NewClient(_app);
        var before = await _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync());

        var asked = await (await SignIn.PostFormAsync(client, "/account/niepamietam-hasla", new() { ["Email"] = email })).Content.ReadAsStringAsync();

        if (refusal is null)
        {
            Assert.Contains("Jeśli konto z tym adresem istnieje", asked);
        }
        else
        {
            Assert.Contains(refusal, asked);
            Assert.DoesNotContain("Jeśli konto z tym adresem istnieje", asked);
        }

        Assert.Equal(before, await _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_reset_asked_for_an_address_longer_than_any_account_can_have_is_refused_and_sends_nothing()
    {
        var client = SignIn.NewClient(_app);
        var before = await _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync());

        var asked = await (await SignIn.PostFormAsync(client, "/account/niepamietam-hasla", new() { ["Email"] = new string('a', 5_000) + "@example.pl" })).Content.ReadAsStringAsync();

        Assert.Contains("Adres e-mail jest za długi.", asked);
        Assert.Equal(before, await _app.InTenantAsync(null, db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_person_changes_their_own_password()
    {
        var client = await SignIn.AsAsync(_app, "koordynator@krasnystaw.demo");

        var wrong = await SignIn.PostFormAsync(client, "/account/zmiana-hasla", new() { ["CurrentPassword"] = "nie-to", ["NewPassword"] = "Inne-Haslo-2026!" });
        Assert.Contains("Obecne hasło jest nieprawidłowe.", await wrong.Content.ReadAsStringAsync());

        var changed = await SignIn.PostFormAsync(client, "/account/zmiana-hasla", new() { ["CurrentPassword"] = DemoTenants.Password, ["NewPassword"] = "Inne-Haslo-2026!" });
        Assert.Contains("Hasło zostało zmienione.", await changed.Content.ReadAsStringAsync());
        await SignIn.AsAsync(_app, "koordynator@krasnystaw.demo", "Inne-Haslo-2026!");
    }
}

/// <summary>The sign-in form and the token endpoint answer 429 with Retry-After past the per-minute limit.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly LimitedFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_retry_after()
    {
        var client = SignIn.NewClient(_app);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await SignIn.PostFormAsync(client, "/account/logowanie", new() { ["Input.Email"] = "x@y.pl", ["Input.Password"] = "zle" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        // Reading the form is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/logowanie")).StatusCode);
    }

    private sealed class LimitedFactory : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SignInAttemptsPerMinute"] = "3" };
    }
}
