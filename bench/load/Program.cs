using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

// The bench's load that wrk cannot make (bench/run.sh): requests that depend on earlier answers.
//   writes BASE GMINY CONNECTIONS SECONDS   (e) partners of GMINY synthetic gminy save values over the API
//   page-after-edit BASE SECONDS            (f) the coordinator alternates an element edit and its strategy page
//   documents BASE PDF RUNS                 (h) the Chrzanów annual report DOCX and the import preview of PDF
// Prints "RESULT name key=value …" lines; exits 1 on any failed request.
var culture = CultureInfo.InvariantCulture;
var command = args.Length > 1 ? args[0] : "";
var server = new Uri(args.Length > 1 ? args[1] : "http://127.0.0.1:5099");
return command switch
{
    "writes" => await Writes(int.Parse(args[2], culture), int.Parse(args[3], culture), TimeSpan.FromSeconds(int.Parse(args[4], culture))),
    "page-after-edit" => await PageAfterEdit(TimeSpan.FromSeconds(int.Parse(args[2], culture))),
    "documents" => await Documents(args[2], int.Parse(args[3], culture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: writes BASE GMINY CONNECTIONS SECONDS | page-after-edit BASE SECONDS | documents BASE PDF RUNS");
    return 2;
}

async Task<int> Writes(int gminy, int connections, TimeSpan duration)
{
    using var anonymous = Client();
    var identifiers = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/tenants")).EnumerateArray()
        .Select(t => t.GetProperty("identifier").GetString()!).Where(i => i is not "chrzanow" and not "krasnystaw")
        .Order(StringComparer.Ordinal).Take(gminy).ToList();

    // Each gmina's partner signs in, takes a token (authorization code + PKCE) and lists what it supplies.
    var keys = new List<Key>();
    foreach (var gmina in identifiers)
    {
        var token = await PartnerToken($"partner@{gmina}.bench.demo");
        var api = Client();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var round = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/{gmina}/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean());
        var roundId = round.GetProperty("id").GetGuid();
        foreach (var task in (await api.GetFromJsonAsync<JsonElement>($"/api/v1/{gmina}/rounds/{roundId}/tasks")).EnumerateArray())
        {
            var entry = task.GetProperty("entry");
            keys.Add(new Key(api, gmina, roundId, task.GetProperty("indicatorId").GetGuid(), entry.ValueKind == JsonValueKind.Object ? entry.GetProperty("version").GetInt32() : null));
        }
    }

    Console.WriteLine($"writes: {identifiers.Count} gminy, {keys.Count} indicators, {connections} connections, {duration.TotalSeconds} s");
    // One writer per indicator (key i goes to connection i mod N): its last acknowledged value is well defined.
    var latencies = new List<double>[connections];
    var errors = 0;
    var locked = 0;
    var stop = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
    {
        var mine = keys.Where((_, i) => i % connections == c).ToList();
        var times = latencies[c] = [];
        for (var n = 0; stop.Elapsed < duration; n++)
        {
            var key = mine[n % mine.Count];
            var value = Random.Shared.Next(10, 100);
            var started = Stopwatch.GetTimestamp();
            using var response = await key.Api.PutAsJsonAsync($"/api/v1/{key.Gmina}/rounds/{key.Round}/indicators/{key.Indicator}",
                new { value = (decimal)value, noData = false, submit = false, version = key.Version, confirmed = true, note = "bench" });
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref errors);
                if (body.Contains("locked", StringComparison.OrdinalIgnoreCase)) { Interlocked.Increment(ref locked); }
                if (errors <= 3) { Console.Error.WriteLine($"{(int)response.StatusCode} {body}"); }
                continue;
            }

            var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
            key.Version = saved.GetProperty("version").GetInt32();
            key.Acknowledged = value;
        }
    })));
    var seconds = stop.Elapsed.TotalSeconds;

    // Nothing lost: every stored value is the last one acknowledged for it.
    var checkedCount = 0;
    var lost = 0;
    foreach (var gmina in keys.GroupBy(k => (k.Gmina, k.Round)))
    {
        var stored = (await gmina.First().Api.GetFromJsonAsync<JsonElement>($"/api/v1/{gmina.Key.Gmina}/rounds/{gmina.Key.Round}/tasks")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("indicatorId").GetGuid(), t => t.GetProperty("entry") is { ValueKind: JsonValueKind.Object } e ? e.GetProperty("value").GetDecimal() : (decimal?)null);
        foreach (var key in gmina.Where(k => k.Acknowledged is not null))
        {
            checkedCount++;
            if (stored[key.Indicator] != key.Acknowledged) { lost++; }
        }
    }

    var all = latencies.SelectMany(l => l).Order().ToList();
    Console.WriteLine(string.Create(culture, $"RESULT e-writes rps={all.Count / seconds:F1} p50={Percentile(all, 50):F2} p99={Percentile(all, 99):F2} requests={all.Count} errors={errors} locked={locked} checked={checkedCount} lost={lost}"));
    return errors == 0 && lost == 0 ? 0 : 1;
}

async Task<int> PageAfterEdit(TimeSpan duration)
{
    var coordinator = await SignedIn("koordynator@chrzanow.demo");
    var strategy = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/strategies"))[0].GetProperty("id").GetGuid();
    var tree = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}");
    var elementId = FirstElement(tree);
    var element = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{elementId}");
    var version = element.GetProperty("version").GetInt32();
    var title = element.GetProperty("element").GetProperty("title").GetString()!;
    var statement = element.GetProperty("element").GetProperty("statement").GetString();
    var pages = new List<double>();
    var edits = new List<double>();
    var stop = Stopwatch.StartNew();
    for (var n = 0; stop.Elapsed < duration; n++)
    {
        var started = Stopwatch.GetTimestamp();
        using var edit = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{elementId}",
            new { title, statement = $"{statement} ({n % 2})", narrative = (string?)null, version });
        edits.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        edit.EnsureSuccessStatusCode();
        version = (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        started = Stopwatch.GetTimestamp();
        using var page = await coordinator.GetAsync($"/chrzanow/strategie/{strategy}");
        await page.Content.ReadAsByteArrayAsync();
        pages.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        page.EnsureSuccessStatusCode();
    }

    pages.Sort();
    edits.Sort();
    Console.WriteLine(string.Create(culture, $"RESULT f-page-after-edit pages={pages.Count} p50={Percentile(pages, 50):F2} p99={Percentile(pages, 99):F2} edit-p50={Percentile(edits, 50):F2} edit-p99={Percentile(edits, 99):F2} errors=0"));
    return 0;
}

async Task<int> Documents(string pdf, int runs)
{
    var coordinator = await SignedIn("koordynator@chrzanow.demo");
    var strategy = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/strategies"))[0].GetProperty("id").GetGuid();
    var year = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/reports")).GetProperty("years")[0].GetInt32();
    var bytes = await File.ReadAllBytesAsync(pdf);
    var docx = new List<double>();
    var import = new List<double>();
    long docxBytes = 0;
    var elements = 0;
    for (var n = 0; n < runs; n++)
    {
        var started = Stopwatch.GetTimestamp();
        using var report = await coordinator.GetAsync($"/api/v1/chrzanow/strategies/{strategy}/reports/{year}.docx");
        docxBytes = (await report.Content.ReadAsByteArrayAsync()).Length;
        docx.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        report.EnsureSuccessStatusCode();

        started = Stopwatch.GetTimestamp();
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new("application/pdf");
        using var preview = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import?title=Strategia%20testowa", body);
        var answer = await preview.Content.ReadAsStringAsync();
        import.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!preview.IsSuccessStatusCode) { Console.Error.WriteLine(answer); return 1; }
        elements = Regex.Count(answer, "\"code\":", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    docx.Sort();
    import.Sort();
    Console.WriteLine(string.Create(culture, $"RESULT h-annual-report-docx year={year} bytes={docxBytes} runs={runs} median={Percentile(docx, 50):F1} errors=0"));
    Console.WriteLine(string.Create(culture, $"RESULT h-import-pdf bytes={bytes.Length} elements={elements} runs={runs} median={Percentile(import, 50):F1} errors=0"));
    return 0;
}

static Guid FirstElement(JsonElement tree)
{
    foreach (var property in tree.EnumerateObject())
    {
        if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0 && property.Value[0].TryGetProperty("code", out _))
        {
            return property.Value[0].GetProperty("id").GetGuid();
        }
    }

    throw new InvalidOperationException("The strategy has no elements.");
}

static double Percentile(List<double> sorted, int p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

HttpClient Client(CookieContainer? cookies = null) => new(new SocketsHttpHandler { CookieContainer = cookies ?? new(), UseCookies = cookies is not null, AllowAutoRedirect = false })
{
    BaseAddress = server,
    DefaultRequestHeaders = { { "Origin", server.GetLeftPart(UriPartial.Authority) } },
};

async Task<HttpClient> SignedIn(string email)
{
    var client = Client(new CookieContainer());
    var form = await client.GetStringAsync("/account/logowanie");
    using var signIn = await client.PostAsync("/account/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email,
        ["Input.Password"] = "Demo-Strategia-2026",
        ["__RequestVerificationToken"] = Antiforgery(form),
    }));
    return signIn.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"{email} did not sign in: {signIn.StatusCode}");
}

async Task<string> PartnerToken(string email)
{
    using var person = await SignedIn(email);
    var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    var parameters = new Dictionary<string, string>
    {
        ["client_id"] = "strategia-demo-cli",
        ["response_type"] = "code",
        ["redirect_uri"] = "http://localhost:8765/callback",
        ["scope"] = "strategy.read strategy.write",
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = "S256",
        ["state"] = "bench",
    };
    var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    var authorize = await person.GetAsync($"/connect/authorize?{query}");
    if (authorize.Headers.Location?.OriginalString.StartsWith("/account/zgoda", StringComparison.Ordinal) == true)
    {
        var consent = await person.GetStringAsync(authorize.Headers.Location.OriginalString);
        authorize = await person.PostAsync("/connect/authorize", new FormUrlEncodedContent(new Dictionary<string, string>(parameters)
        {
            ["__RequestVerificationToken"] = Antiforgery(consent),
            ["zgoda"] = "tak",
        }));
    }

    var code = Regex.Match(authorize.Headers.Location?.Query ?? "", "[?&]code=([^&]+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
    using var anonymous = Client();
    using var tokens = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = "strategia-demo-cli",
        ["code"] = Uri.UnescapeDataString(code),
        ["redirect_uri"] = "http://localhost:8765/callback",
        ["code_verifier"] = verifier,
    }));
    return (await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()
        ?? throw new InvalidOperationException($"{email}: no token");
}

static string Antiforgery(string html) =>
    Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

sealed class Key(HttpClient api, string gmina, Guid round, Guid indicator, int? version)
{
    public HttpClient Api { get; } = api;
    public string Gmina { get; } = gmina;
    public Guid Round { get; } = round;
    public Guid Indicator { get; } = indicator;
    public int? Version { get; set; } = version;
    public int? Acknowledged { get; set; }
}
