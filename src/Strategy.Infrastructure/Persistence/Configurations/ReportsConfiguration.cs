using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Common;
using Strategy.Domain.Reports;
using Strategy.Domain.Strategies;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("AnnualReports");
        builder.Property(r => r.Coordinator).HasMaxLength(TextLimits.InstitutionName);
        builder.Ignore(r => r.Commentaries);
        builder.Property<string>("commentaries").HasColumnName("Commentaries").IsRequired();
        builder.HasOne<MunicipalStrategy>().WithMany().HasForeignKey(r => r.StrategyId).OnDelete(DeleteBehavior.Cascade);

        // One working copy per strategy and year: two coordinators starting it at once make one.
        builder.HasIndex(r => new { r.TenantId, r.StrategyId, r.Year }).IsUnique();
    }
}

internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> builder)
    {
        builder.ToTable("PublishedReports");
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.HasOne<MunicipalStrategy>().WithMany().HasForeignKey(r => r.StrategyId).OnDelete(DeleteBehavior.Cascade);

        // A version number is taken once, whatever races to publish it.
        builder.HasIndex(r => new { r.TenantId, r.StrategyId, r.Year, r.Number }).IsUnique();
    }
}
