using Strategy.Application.Common.Files;
using System.Net;
using System.Text.RegularExpressions;
using Strategy.Infrastructure.Documents;

namespace Strategy.IntegrationTests.Reports;

/// <summary>A report's readable text, from its HTML page or its Word file, with whitespace made plain for comparison.</summary>
internal static partial class ReportText
{
    public static string OfHtml(string page)
    {
        var start = page.IndexOf("<article class=\"annual-report\"", StringComparison.Ordinal);
        var end = page.IndexOf("</article>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the page has no report");
        var report = Contents().Replace(page[start..end], ""); // the table of contents repeats the headings
        return Plain(WebUtility.HtmlDecode(Tags().Replace(report, " ")));
    }

    public static string OfDocx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return Plain(new DocxBlockReader().Read(stream, FileLimits.SignedIn).ToText());
    }

    public static string Plain(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex("<nav class=\"report-contents\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Contents();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
