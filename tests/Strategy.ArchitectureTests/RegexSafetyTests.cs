using System.Reflection;
using System.Text.RegularExpressions;

namespace Strategy.ArchitectureTests;

/// <summary>
/// No regular expression in the product can backtrack without bound over user text: each one runs
/// with <see cref="RegexOptions.NonBacktracking"/> (linear in its input) or with a match timeout.
/// </summary>
public sealed partial class RegexSafetyTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Strategy.Domain.Common.Entity).Assembly,
        typeof(Strategy.Application.DependencyInjection).Assembly,
        typeof(Strategy.Infrastructure.DependencyInjection).Assembly,
        typeof(Program).Assembly,
    ];

    [Fact]
    public void Every_generated_regex_is_non_backtracking_or_has_a_timeout()
    {
        var regexes = Product.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(GeneratedRegexAttribute)))
            .Select(m => (Name: $"{m.DeclaringType!.FullName}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();

        Assert.True(regexes.Count >= 30, $"found only {regexes.Count} generated regexes: is the scan still looking in the right place?");
        Assert.All(regexes, r => Assert.True(
            r.Regex.Options.HasFlag(RegexOptions.NonBacktracking) || r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{r.Name} (\"{r.Regex}\") can backtrack without bound: add RegexOptions.NonBacktracking or a match timeout."));
    }

    [Fact]
    public void No_regex_is_built_at_run_time_without_either()
    {
        var offenders = SourceTree.CsFiles("src")
            .SelectMany(file => RuntimeRegex().Matches(File.ReadAllText(file)).Select(m => (file, m.Value)))
            .Where(found => !found.Value.Contains("NonBacktracking", StringComparison.Ordinal) && !found.Value.Contains("TimeSpan", StringComparison.Ordinal))
            .Select(found => $"{Path.GetFileName(found.file)}: {found.Value}")
            .ToList();

        Assert.True(offenders.Count == 0, "Regexes without NonBacktracking or a timeout:\n" + string.Join('\n', offenders));
    }

    // A constructor or a static call, up to the end of its statement.
    [GeneratedRegex(@"(?:new\s+Regex\s*\(|\bRegex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\()[^;]*;", RegexOptions.NonBacktracking)]
    private static partial Regex RuntimeRegex();
}
