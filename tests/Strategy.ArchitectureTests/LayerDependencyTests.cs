using System.Reflection;

namespace Strategy.ArchitectureTests;

/// <summary>Dependencies point inwards: Web → Infrastructure → Application → Domain.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(Strategy.Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Strategy.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Strategy.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_depends_on_nothing_but_the_runtime()
    {
        var references = References(Domain);

        Assert.DoesNotContain(references, r => r.StartsWith("Strategy.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(r.StartsWith("System.", StringComparison.Ordinal), $"Domain references {r}, which is not part of the base class library."));
    }

    [Fact]
    public void Application_depends_on_the_domain_only()
    {
        var ours = References(Application).Where(r => r.StartsWith("Strategy.", StringComparison.Ordinal));

        Assert.Equal(["Strategy.Domain"], ours);
        Assert.DoesNotContain(References(Application), r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Infrastructure_does_not_know_the_web_host()
    {
        var ours = References(Infrastructure).Where(r => r.StartsWith("Strategy.", StringComparison.Ordinal)).Order();

        Assert.Equal(["Strategy.Application", "Strategy.Domain"], ours);
    }

    private static List<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
}
