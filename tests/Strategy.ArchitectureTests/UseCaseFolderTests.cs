namespace Strategy.ArchitectureTests;

/// <summary>
/// A use case is one folder (<c>{Area}/Commands/{Name}</c> or <c>{Area}/Queries/{Name}</c>: the message, its handler,
/// its validator). No other folder uses it: what two use cases share lives in their area's shared folder
/// (<c>Monitoring/RoundReader.cs</c>, <c>Strategies/Models</c>, <c>Strategies/Import</c>), and a handler does not send
/// or construct another use case. Only the web host, which runs the use cases, names them.
/// </summary>
public sealed class UseCaseFolderTests
{
    private const string Application = "Strategy.Application.";

    [Fact]
    public void No_application_file_outside_a_use_case_folder_names_that_folder()
    {
        var offenders = new List<string>();
        foreach (var file in SourceTree.CsFiles("src/Strategy.Application"))
        {
            var own = UseCaseOf(file);
            offenders.AddRange(File.ReadLines(file)
                .SelectMany(UseCasesNamedIn)
                .Where(named => named != own)
                .Distinct()
                .Select(named => $"{Path.GetRelativePath(SourceTree.Root(), file)} uses {named}"));
        }

        Assert.True(offenders.Count == 0, "Use case folders used from outside them:\n" + string.Join('\n', offenders));
    }

    // src/Strategy.Application/{Area}/{Commands|Queries}/{Name}/… → Strategy.Application.{Area}.{Commands|Queries}.{Name}
    private static string? UseCaseOf(string file)
    {
        var parts = Path.GetRelativePath(Path.Combine(SourceTree.Root(), "src", "Strategy.Application"), file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 3 && parts[1] is "Commands" or "Queries" ? Application + string.Join('.', parts[..3]) : null;
    }

    // Every Strategy.Application.{Area}.{Commands|Queries}.{Name} the line names (a using or a qualified name).
    private static IEnumerable<string> UseCasesNamedIn(string line)
    {
        for (var at = line.IndexOf(Application, StringComparison.Ordinal); at >= 0; at = line.IndexOf(Application, at + 1, StringComparison.Ordinal))
        {
            var end = at;
            while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] is '.' or '_'))
            {
                end++;
            }

            var segments = line[(at + Application.Length)..end].Split('.');
            if (segments.Length >= 3 && segments[1] is "Commands" or "Queries" && segments[2].Length > 0)
            {
                yield return Application + string.Join('.', segments[..3]);
            }
        }
    }
}
