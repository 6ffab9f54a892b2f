using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class BenchmarkMetricConfiguration : IEntityTypeConfiguration<BenchmarkMetric>
{
    public void Configure(EntityTypeBuilder<BenchmarkMetric> builder)
    {
        builder.ToTable("BenchmarkMetrics");
        builder.Property(m => m.Code).HasMaxLength(BenchmarkMetric.CodeLength);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.NamePl).HasMaxLength(BenchmarkMetric.NameLength);
        builder.Property(m => m.NameEn).HasMaxLength(BenchmarkMetric.NameLength);
        builder.Property(m => m.Unit).HasMaxLength(TextLimits.Unit);
        builder.Property(m => m.Definition).HasMaxLength(BenchmarkMetric.DefinitionLength);
    }
}

internal sealed class PopulationFigureConfiguration : IEntityTypeConfiguration<PopulationFigure>
{
    public void Configure(EntityTypeBuilder<PopulationFigure> builder)
    {
        builder.ToTable("PopulationFigures");
        builder.HasIndex(p => new { p.TenantId, p.Year }).IsUnique();
    }
}
