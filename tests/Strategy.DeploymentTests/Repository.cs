namespace Strategy.DeploymentTests;

/// <summary>Files of this repository, found from the test binaries by walking up to the solution.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative)
    {
        var path = PathOf(relative);
        Assert.True(File.Exists(path), $"{relative} is missing.");
        return File.ReadAllText(path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Strategy.Saas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Strategy.Saas.sln above {AppContext.BaseDirectory}.");
    }
}
