using Strategy.Testing;

namespace Strategy.ArchitectureTests;

/// <summary>
/// Reaching across gminy stays where docs/architecture.md lists it: lifting the tenant query filter and
/// entering the row-level-security bypass are each allowed in a fixed set of source files only.
/// </summary>
public sealed class CrossTenantReadTests
{
    private static readonly string Source = Path.Combine(SeedDocuments.RepositoryRoot(), "src");

    private static List<string> FilesContaining(string text) =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations", StringComparison.Ordinal)
                && File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Source, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_tenant_query_filter_is_lifted_only_for_memberships_one_gminas_export_and_benchmarking()
    {
        Assert.Equal(
            [
                "Strategy.Infrastructure/Benchmarking/BenchmarkMetricUsage.cs",   // counts of indicators mapped to each metric, nothing else leaves
                "Strategy.Infrastructure/Benchmarking/SharedBenchmarkValues.cs",  // the one read of several gminy's strategy data
                "Strategy.Infrastructure/Identity/UserMemberships.cs",            // a person's own memberships in every gmina
                "Strategy.Infrastructure/Tenancy/TenantData.cs",                  // one gmina's rows, by its id, for export and offboarding
            ],
            FilesContaining("IgnoreQueryFilters("));
    }

    [Fact]
    public void Row_level_security_is_bypassed_only_for_memberships_and_benchmarking()
    {
        Assert.Equal(
            ["Strategy.Infrastructure/Benchmarking/BenchmarkMetricUsage.cs", "Strategy.Infrastructure/Benchmarking/SharedBenchmarkValues.cs", "Strategy.Infrastructure/Identity/UserMemberships.cs"],
            FilesContaining("bypass.EnterAsync("));
    }
}
