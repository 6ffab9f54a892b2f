using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Name).HasMaxLength(TextLimits.IndicatorName);
        builder.Property(i => i.Unit).HasMaxLength(TextLimits.Unit);
        builder.Property(i => i.DataSource).HasMaxLength(TextLimits.DataSource);
        builder.HasOne(i => i.SupplierInstitution).WithMany().HasForeignKey(i => i.SupplierInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Measurements).WithOne().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);

        // A catalogue metric cannot be deleted while an indicator counts it; the benchmark reads by metric.
        builder.HasOne<BenchmarkMetric>().WithMany().HasForeignKey(i => i.BenchmarkMetricId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.BenchmarkMetricId);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.ToTable("Measurements");
        builder.Property(m => m.Unit).HasMaxLength(TextLimits.Unit);
        builder.Property(m => m.NoDataReason).HasMaxLength(TextLimits.NoDataReason);
        builder.Property(m => m.Note).HasMaxLength(TextLimits.Note);
        builder.HasIndex(m => new { m.TenantId, m.IndicatorId, m.Year }).IsUnique();
        builder.HasMany(m => m.Parts).WithOne().HasForeignKey(p => p.MeasurementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasurementPartConfiguration : IEntityTypeConfiguration<MeasurementPart>
{
    public void Configure(EntityTypeBuilder<MeasurementPart> builder)
    {
        builder.ToTable("MeasurementParts");
        builder.Property(p => p.Label).HasMaxLength(TextLimits.PartLabel);
        builder.Property(p => p.Unit).HasMaxLength(TextLimits.Unit);
        builder.HasIndex(p => new { p.TenantId, p.MeasurementId, p.Order }).IsUnique();
    }
}
