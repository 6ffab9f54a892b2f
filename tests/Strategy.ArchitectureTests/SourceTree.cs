namespace Strategy.ArchitectureTests;

/// <summary>The repository's own C# source, for the rules a compiled assembly does not show.</summary>
internal static class SourceTree
{
    public static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Strategy.Saas.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>The .cs files under <paramref name="folder"/> (relative to the root), build output left out.</summary>
    public static IEnumerable<string> CsFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
