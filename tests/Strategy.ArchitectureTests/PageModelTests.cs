namespace Strategy.ArchitectureTests;

/// <summary>
/// Pages run use cases and show their answers; they do not decide access or reach the database (issue 23, point 1).
/// What a rule refuses reaches the person as a message on the page, never as an error page.
/// </summary>
public sealed class PageModelTests
{
    private static readonly string Web = Path.Combine("src", "Strategy.Web");

    // The official-statistics fetch reports its refusals after a redirect, so its page catches them itself.
    private static readonly string[] SendsOutsideTrySend = [Path.Combine("Pages", "Gmina", "Admin", "Ludnosc.cshtml.cs")];

    // The composition root registers the context's health check; nothing else in the host reaches the database.
    private static readonly string[] ReadsTheDatabase = ["Program.cs"];

    [Fact]
    public void No_web_file_refuses_access_itself()
    {
        Assert.Empty(Lines(Web).Where(l => l.Text.Contains("throw new ForbiddenException", StringComparison.Ordinal)).Select(l => l.Where));
    }

    [Theory]
    [InlineData("RolePermissions")]
    [InlineData("CallerPermissions")]
    [InlineData("RolesInCurrentTenantAsync")]
    [InlineData("IsPlatformAdmin")]
    public void No_page_or_layout_decides_access_from_roles(string name)
    {
        // The login page sends a platform admin to the platform's pages: where to land, not what to allow.
        var pages = Path.Combine(SourceTree.Root(), Web, "Pages");
        var offenders = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(Path.Combine("Account", "Logowanie.cshtml.cs"), StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (text, where: $"{Path.GetRelativePath(SourceTree.Root(), f)}:{i + 1}: {text.Trim()}")))
            .Where(l => l.text.Contains(name, StringComparison.Ordinal))
            .Select(l => l.where);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_command_a_page_sends_goes_through_TrySendAsync()
    {
        var offenders = Lines(Path.Combine(Web, "Pages"))
            .Where(l => l.Text.Contains(".Send(", StringComparison.Ordinal)
                && !l.Text.Contains("TrySendAsync", StringComparison.Ordinal)
                && !l.Text.Contains("Query(", StringComparison.Ordinal)
                && !SendsOutsideTrySend.Contains(l.File))
            .Select(l => l.Where);

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_web_file_but_the_composition_root_names_the_database_context()
    {
        var offenders = Lines(Web)
            .Where(l => l.Text.Contains("AppDbContext", StringComparison.Ordinal) && !ReadsTheDatabase.Contains(l.File))
            .Select(l => l.Where);

        Assert.Empty(offenders);
    }

    private static IEnumerable<(string File, string Text, string Where)> Lines(string folder)
    {
        var root = Path.Combine(SourceTree.Root(), Web);
        return SourceTree.CsFiles(folder).SelectMany(file => File.ReadLines(file).Select((text, i) =>
            (Path.GetRelativePath(root, file), text, $"{Path.GetRelativePath(SourceTree.Root(), file)}:{i + 1}: {text.Trim()}")));
    }
}
