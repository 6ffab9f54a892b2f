namespace Strategy.ArchitectureTests;

/// <summary>docs/architecture.md walks two requests file by file; a file renamed or moved must not leave the walk behind.</summary>
public sealed class ArchitectureDocTests
{
    [Fact]
    public void Every_source_file_the_architecture_document_names_exists()
    {
        var text = File.ReadAllText(Path.Combine(SourceTree.Root(), "docs", "architecture.md"));
        var named = text.Split('`')
            .Where((_, i) => i % 2 == 1) // the text between backticks
            .Where(t => t.StartsWith("Strategy.", StringComparison.Ordinal) && (t.EndsWith(".cs", StringComparison.Ordinal) || t.EndsWith(".cshtml", StringComparison.Ordinal)))
            .Distinct()
            .ToList();

        Assert.True(named.Count >= 30, $"Only {named.Count} files named: the walkthrough is gone.");
        Assert.DoesNotContain(named, path => !File.Exists(Path.Combine(SourceTree.Root(), "src", path)));
    }
}
