using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Strategy.IntegrationTests.Pages;

/// <summary>
/// Every form a person fills in, sent empty (only its hidden fields), answers in Polish: no framework's English
/// ("The Email field is required."), no error page. Forms are found on the pages themselves, so a new form is
/// covered without being listed here.
/// </summary>
public sealed partial class EmptyFormTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private static readonly string[] English = ["field is required", "The value", "is not valid", "is invalid", "must be a", "The field", " is required", "must not be empty", "Error."];

    [Fact]
    public async Task Every_form_posted_empty_answers_in_polish()
    {
        await DemoData.EnsureMonitoringAsync(app);
        var demo = await DemoData.ReadAsync(app, "chrzanow");
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = SignIn.NewClient(app),
            ["platform"] = await SignIn.AsAsync(app, "admin@strategia.demo"),
            ["gmina"] = await SignIn.AsAsync(app, "admin@chrzanow.demo"),
            ["partner"] = await SignIn.AsAsync(app, "partner@chrzanow.demo"),
        };
        var posted = new List<string>();
        var problems = new List<string>();

        foreach (var (template, who) in PageRoutes())
        {
            var path = PathOf(template, demo);
            if (path is null)
            {
                continue;
            }

            var client = clients[who];
            var page = await client.GetAsync(path);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            foreach (var form in Forms().Matches(await page.Content.ReadAsStringAsync()).Select(m => m.Value))
            {
                var inputs = Inputs().Matches(form).Select(m => (Type: Attribute(m.Value, "type") ?? "text", Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value"))).ToList();
                var fillable = form.Contains("<textarea", StringComparison.Ordinal) || form.Contains("<select", StringComparison.Ordinal)
                    || inputs.Any(i => i.Type is not ("hidden" or "submit" or "checkbox" or "radio" or "file"));
                if (!fillable || form.Contains("/account/wyloguj", StringComparison.Ordinal))
                {
                    continue;
                }

                var action = Attribute(form[..(form.IndexOf('>') + 1)], "action") ?? path;
                var hidden = inputs.Where(i => i.Type == "hidden" && i.Name is not null).Select(i => KeyValuePair.Create(i.Name!, i.Value ?? ""));
                var response = await client.PostAsync(action, new FormUrlEncodedContent(hidden));
                var body = await response.Content.ReadAsStringAsync();
                posted.Add($"{who} {action}");
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{action} ({who}): {(int)response.StatusCode}");
                }

                problems.AddRange(English.Where(e => body.Contains(e, StringComparison.Ordinal)).Select(e => $"{action} ({who}): „{Around(body, e)}”"));
            }
        }

        Assert.True(posted.Count >= 15, $"found only {posted.Count} forms to post: {string.Join(", ", posted)}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Razor pages with who may open them: a gmina's pages as its admin (the partner's own forms too), the platform's as its admin.</summary>
    private IEnumerable<(string Template, string Who)> PageRoutes()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct();
        foreach (var template in pages)
        {
            if (template.StartsWith("{tenant", StringComparison.Ordinal))
            {
                yield return (template, "gmina");
                if (template.Contains("wartosc", StringComparison.Ordinal) || template.Contains("postep", StringComparison.Ordinal))
                {
                    yield return (template, "partner");
                }
            }
            else
            {
                yield return (template, template.StartsWith("admin", StringComparison.Ordinal) ? "platform" : "anonymous");
            }
        }
    }

    private static string? PathOf(string template, DemoData demo)
    {
        var path = "/" + template.Replace("{tenant:tenant}", "chrzanow", StringComparison.Ordinal);
        foreach (Match parameter in RouteParameter().Matches(path))
        {
            var before = path[..parameter.Index].TrimEnd('/');
            var segment = before[(before.LastIndexOf('/') + 1)..];
            Guid? id = segment switch
            {
                "strategie" => demo.StrategyId,
                "elementy" => demo.ElementId,
                "wskazniki" => demo.IndicatorId,
                "rundy" => demo.RoundId,
                _ => null,
            };
            if (id is null && !parameter.Value.StartsWith("{year", StringComparison.Ordinal))
            {
                return null;
            }

            path = path.Replace(parameter.Value, id?.ToString() ?? DemoData.ReportYear.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path;
    }

    private static string Around(string body, string found)
    {
        var at = body.IndexOf(found, StringComparison.Ordinal);
        return body[Math.Max(0, at - 60)..Math.Min(body.Length, at + found.Length + 20)];
    }

    private static string? Attribute(string tag, string name) =>
        AttributeValue().Matches(tag).FirstOrDefault(m => m.Groups[1].Value == name) is { } m ? WebUtility.HtmlDecode(m.Groups[2].Value) : null;

    [GeneratedRegex(@"\{[^}]+\}", RegexOptions.NonBacktracking)]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"<form[^>]*method=""post""[^>]*>(.|\n)*?</form>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Forms();

    [GeneratedRegex(@"<input[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Inputs();

    [GeneratedRegex(@"\s([a-z-]+)=""([^""]*)""", RegexOptions.NonBacktracking)]
    private static partial Regex AttributeValue();
}
