using System.Net;
using System.Text.RegularExpressions;

namespace Strategy.IntegrationTests.Reports;

/// <summary>
/// What seed 003 — Krasnystaw's own report for 2020 — says of each strategic goal, read straight from
/// the text (not through the product's importer), so that the fidelity test checks against the source.
/// </summary>
internal static partial class Seed003
{
    public sealed record Goal(int Number, string Title, IReadOnlyList<string> OperationalGoals, string Implementers, IReadOnlyList<string> Values);

    public static IReadOnlyList<Goal> Goals()
    {
        var text = SeedDocuments.Read(SeedDocuments.Krasnystaw);
        var blocks = GoalStart().Split(text).Skip(1).ToList(); // number, body, number, body…
        var goals = new List<Goal>();
        for (var i = 0; i + 1 < blocks.Count; i += 2)
        {
            var lines = blocks[i + 1].Split('\n').Select(l => l.Trim()).ToList();
            var title = Plain(lines.First(l => l.Length > 0));
            var operational = Field(lines, "Cele operacyjne");
            var implementers = Field(lines, "Realizatorzy").TrimEnd('.');
            var indicators = Field(lines, "Wskaźniki realizacji celu");
            goals.Add(new Goal(int.Parse(blocks[i]), title, [.. Numbered().Split(operational).Select(Plain).Where(s => s.Length > 0)], implementers, Values(indicators)));
        }

        return goals;
    }

    /// <summary>
    /// What each measured indicator reports — its numbers as written ("11,6", "4 791") and the words that
    /// stand for a value ("brak danych", a note) — from the items of a goal's indicator list. Goals whose
    /// indicators refer to municipal programmes have none.
    /// </summary>
    private static List<string> Values(string indicators)
    {
        var values = new List<string>();
        if (Plain(indicators).StartsWith("Zgodne ze wskaźnikami", StringComparison.Ordinal))
        {
            return values;
        }

        foreach (var item in Plain(indicators).Split('➤').Skip(1).Select(i => i.Trim()))
        {
            var name = item.Split([" – ", " - ", ": "], 2, StringSplitOptions.None)[0];
            var reported = item[name.Length..].Replace("2020 r.", "");
            values.AddRange(Number().Matches(reported).Select(m => m.Value));
            values.AddRange(new[] { "brak danych", "zajęcia zawieszono z powodu pandemii" }.Where(reported.Contains));
        }

        return values;
    }

    private static string Field(List<string> lines, string label) =>
        lines.FirstOrDefault(l => l.StartsWith(label + "\t", StringComparison.Ordinal))?[(label.Length + 1)..] ?? "";

    private static string Plain(string html) => ReportText.Plain(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace("•", " "));

    [GeneratedRegex(@"^Cel strategiczny (\d+)\s*", RegexOptions.Multiline)]
    private static partial Regex GoalStart();

    [GeneratedRegex(@"(?:^|(?<=[\s.]))\d{1,2}\.\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
