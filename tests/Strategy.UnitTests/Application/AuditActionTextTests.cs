using System.Reflection;
using Strategy.Application.Audit;
using Strategy.Domain.Audit;

namespace Strategy.UnitTests.Application;

public sealed class AuditActionTextTests
{
    [Fact]
    public void Every_audited_action_has_polish_words()
    {
        var codes = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.True(codes.Count > 40);
        Assert.DoesNotContain(codes, c => !AuditActionText.Knows(c));
        Assert.Equal("eksport danych gminy", AuditActionText.Of("tenant.exported"));
        Assert.Equal(codes.Count, codes.Select(AuditActionText.Of).Distinct().Count());
    }
}
