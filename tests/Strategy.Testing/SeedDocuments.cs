namespace Strategy.Testing;

/// <summary>The two real strategy documents (text extractions) kept with the tests for the import.</summary>
public static class SeedDocuments
{
    public const string Chrzanow = "000_chrzanow.txt";
    public const string Krasnystaw = "003_krasnystaw.txt";

    public static string Read(string name) => File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Strategy.UnitTests", "Import", "Seeds", name));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strategy.Saas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Strategy.Saas.sln not found above " + AppContext.BaseDirectory);
    }
}
