namespace Strategy.ArchitectureTests;

/// <summary>
/// An edit refuses a stale version in one place, <c>VersionCheck</c>, so every conflict reads alike (ADR 0012).
/// A handler that compares a record's <c>Version</c> itself has written the check out again.
/// </summary>
public sealed class VersionCheckTests
{
    // The spreadsheet upload reports each stale row among the sheet's other cell errors, rather than refusing at the first.
    private static readonly string[] Allowed =
    [
        Path.Combine("Common", "Concurrency", "VersionCheck.cs"),
        Path.Combine("Monitoring", "Commands", "UploadEntrySheet", "UploadEntrySheet.cs"),
    ];

    [Fact]
    public void Only_the_version_check_compares_a_record_version()
    {
        var application = Path.Combine(SourceTree.Root(), "src", "Strategy.Application");
        var offenders = SourceTree.CsFiles("src/Strategy.Application")
            .Where(file => !Allowed.Contains(Path.GetRelativePath(application, file)))
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, number: index + 1))
                .Where(l => ComparesAVersion(l.line))
                .Select(l => $"{Path.GetRelativePath(SourceTree.Root(), file)}:{l.number}: {l.line.Trim()}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Version compared outside VersionCheck:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("        if (entry.Version != command.Version)", true)]
    [InlineData("        else if (command.Version != report.Version)", true)]
    [InlineData("            if (expectedVersion == entry.Version)", true)]
    [InlineData("        if (model.FormatVersion != 1)", false)]
    [InlineData("        return report.Version + 1; // Version != 0", false)]
    public void A_comparison_of_a_version_is_told_from_other_code(string line, bool compares) =>
        Assert.Equal(compares, ComparesAVersion(line));

    private static bool ComparesAVersion(string line)
    {
        var code = line.Split("//")[0];
        foreach (var op in new[] { "!=", "==" })
        {
            for (var at = code.IndexOf(op, StringComparison.Ordinal); at >= 0; at = code.IndexOf(op, at + 2, StringComparison.Ordinal))
            {
                if (IsVersion(OperandBefore(code, at)) || IsVersion(OperandAfter(code, at + 2)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsVersion(string operand) => operand.Split('.')[^1] is "Version" or "expectedVersion";

    private static string OperandBefore(string code, int at)
    {
        var end = at;
        while (end > 0 && code[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && IsOperandChar(code[start - 1]))
        {
            start--;
        }

        return code[start..end];
    }

    private static string OperandAfter(string code, int at)
    {
        var start = at;
        while (start < code.Length && code[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < code.Length && IsOperandChar(code[end]))
        {
            end++;
        }

        return code[start..end];
    }

    private static bool IsOperandChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_';
}
