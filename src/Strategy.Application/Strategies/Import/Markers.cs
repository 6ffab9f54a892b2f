using System.Text.RegularExpressions;

namespace Strategy.Application.Strategies.Import;

/// <summary>How an element is marked: a keyword with its number, a dotted code, or one of the list styles.</summary>
internal sealed record Marker(string Style, string? Code, string Title, string? Keyword)
{
    /// <summary>A keyword or a dotted code places an element by itself; a list style only by the order styles appear in.</summary>
    public bool Anchored => Keyword is not null || Style == Markers.Dotted;
}

/// <summary>
/// Reads the marker at the start of a block: "Cel strategiczny I.", "Priorytet 2:", "Obszar A –",
/// "1.2.3.", "I.1", "II.", "A.", "a)", "1)", "1.", a bullet. A title must start like a sentence
/// after a code, so "1.5 mln zł" or "2020 r." is not taken for one.
/// </summary>
internal static partial class Markers
{
    public const string Dotted = "1.1";

    public static Marker? Parse(string text, bool romanSeen, bool letterSeen)
    {
        if (Keyword().Match(text) is { Success: true } k && (k.Groups["code"].Success || k.Groups["title"].Value.Length > 0))
        {
            var code = k.Groups["code"].Success ? k.Groups["code"].Value : null;
            return new Marker("kw", code, k.Groups["title"].Value.Trim(), Singular(k.Groups["kw"].Value));
        }

        if (DottedCode().Match(text) is { Success: true } d)
        {
            return new Marker(Dotted, d.Groups["code"].Value, d.Groups["title"].Value.Trim(), null);
        }

        if (Single().Match(text) is { Success: true } s)
        {
            var code = s.Groups["code"].Value;
            var close = s.Groups["close"].Value;
            var style = code switch
            {
                _ when char.IsAsciiDigit(code[0]) => "1" + close,
                _ when char.IsAsciiLetterLower(code[0]) => code.Length == 1 ? "a" + close : null,
                _ when code.Length > 1 || (code[0] is 'I' or 'V' or 'X' && (romanSeen || !letterSeen)) => code.All(c => "IVXLC".Contains(c)) ? "I" + close : null,
                _ => "A" + close,
            };
            var title = s.Groups["title"].Value.Trim();
            if (style is null || (style is "1." or "I." or "A." && !char.IsUpper(title.FirstOrDefault())))
            {
                return null;
            }

            return new Marker(style, code, title, null);
        }

        if (Bullet().Match(text) is { Success: true } b)
        {
            var bullet = b.Groups["bullet"].Value is "-" or "–" ? "–" : b.Groups["bullet"].Value;
            return new Marker(bullet, null, b.Groups["title"].Value.Trim(), null);
        }

        return null;
    }

    /// <summary>"Cele operacyjne:", "Zadania" alone on a line: the caption of the level that follows.</summary>
    public static string? Caption(string text) =>
        PluralCaption().Match(text) is { Success: true } m ? Singular(m.Groups["caption"].Value) : null;

    public static string Singular(string keyword) => keyword switch
    {
        "Cele strategiczne" => "Cel strategiczny",
        "Cele operacyjne" => "Cel operacyjny",
        "Cele szczegółowe" => "Cel szczegółowy",
        "Kierunki działań" or "Kierunek działania" => "Kierunek działań",
        "Zadania" => "Zadanie",
        "Działania" => "Działanie",
        "Priorytety" => "Priorytet",
        "Obszary" => "Obszar",
        _ => keyword,
    };

    [GeneratedRegex(@"^(?<kw>Cel strategiczny|Cel główny|Cel operacyjny|Cel szczegółowy|Priorytet|Obszar(?: strategiczny| problemowy| priorytetowy)?|Kierunek działań|Kierunek działania|Zadanie|Działanie)(?:\s+(?<code>(?:\d{1,2}|[IVXLC]{1,4}|[A-Z])(?:\.\d{1,2})*)\.?)?(?:\s*[:.–—-])?(?:\s+(?<title>\p{Lu}.*))?$", RegexOptions.NonBacktracking)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?<code>(?:\d{1,2}|[IVXLC]{1,4})(?:\.\d{1,2})+)\.?\s+(?<title>\p{Lu}.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex DottedCode();

    [GeneratedRegex(@"^(?<code>\d{1,2}|[IVXLC]{1,4}|[A-Za-z])(?<close>[.)])\s+(?<title>\S.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex Single();

    [GeneratedRegex(@"^(?<bullet>[•◦➤▪–-])\s+(?<title>\S.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<caption>Cele strategiczne|Cele operacyjne|Cele szczegółowe|Kierunki działań|Zadania|Działania|Priorytety|Obszary)\s*:?$", RegexOptions.NonBacktracking)]
    private static partial Regex PluralCaption();
}
