using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Strategy.BrowserTests;

/// <summary>
/// The real host on Kestrel (a loopback port) and Debian's Chromium driven by Playwright, which cannot
/// download browsers here. Without Chromium the tests are skipped on a developer's machine with the
/// reason and the fix, and fail in CI (CI=true), which installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public StrategyAppFactory App => _app;

    public static bool ChromiumMissing => !File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        if (ChromiumMissing)
        {
            return;
        }

        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Running as root in a closed network: no sandbox, no background calls to Google.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh Polish-speaking page; each test gets its own context (cookies, storage).</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (ChromiumMissing)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"Chromium is missing at {ChromiumPath}; .ci/run must install the Debian package 'chromium'.");
            }

            Assert.Skip($"Chromium is not installed at {ChromiumPath}. Install it (apt-get install chromium) to run the browser tests.");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "pl-PL" });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = Strategy.Infrastructure.Seeding.DemoTenants.Password)
    {
        await page.GotoAsync("/account/logowanie");
        await page.GetByLabel("Adres e-mail").FillAsync(email);
        await page.GetByLabel("Hasło").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await _app.DisposeAsync();
    }
}

/// <summary>The host on plain-HTTP Kestrel, as `dotnet run` serves it locally (no Secure-only cookies).</summary>
public sealed class KestrelFactory : StrategyAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SecureCookies"] = "false" };
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
