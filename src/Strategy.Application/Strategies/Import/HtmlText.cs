using System.Net;
using System.Text.RegularExpressions;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// Plain text from a cell of an extracted document. The extraction keeps some of the original HTML
/// (<c>&lt;p&gt;</c>, <c>&lt;ul&gt;</c>, <c>&lt;i&gt;</c>, entities), so every cell goes through here first.
/// </summary>
public static partial class HtmlText
{
    /// <summary>
    /// Formatting tags inside a word (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, …) vanish; other tags become spaces so the
    /// words of adjacent paragraphs or list items stay apart. Entities are decoded, whitespace collapses.
    /// </summary>
    public static string Clean(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(Tag().Replace(InlineTag().Replace(html, ""), " ")).Replace('\u00a0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>The non-empty <c>&lt;p&gt;</c> blocks of a cell, cleaned; a cell without them is one paragraph.</summary>
    public static IReadOnlyList<string> Paragraphs(string? html)
    {
        var blocks = Paragraph().Matches(html ?? "").Select(m => Clean(m.Groups[1].Value)).Where(p => p.Length > 0).ToList();
        if (blocks.Count > 0)
        {
            return blocks;
        }

        var whole = Clean(html);
        return whole.Length > 0 ? [whole] : [];
    }

    [GeneratedRegex("<[^>]+>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|span|a|sup|sub|font)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<p(?:\s[^>]*)?>(.*?)</p>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Paragraph();
}
