using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Strategies;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<MunicipalStrategy>
{
    public void Configure(EntityTypeBuilder<MunicipalStrategy> builder)
    {
        builder.ToTable("Strategies");
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.AdoptionResolution).HasMaxLength(500);
        builder.Property(s => s.Source).HasMaxLength(1000);
        builder.HasMany(s => s.Levels).WithOne().HasForeignKey(l => l.StrategyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Elements).WithOne().HasForeignKey(e => e.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StrategyLevelConfiguration : IEntityTypeConfiguration<StrategyLevel>
{
    public void Configure(EntityTypeBuilder<StrategyLevel> builder)
    {
        builder.ToTable("StrategyLevels");
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => new { l.TenantId, l.StrategyId, l.Depth }).IsUnique();
    }
}

internal sealed class StrategyElementConfiguration : IEntityTypeConfiguration<StrategyElement>
{
    public void Configure(EntityTypeBuilder<StrategyElement> builder)
    {
        builder.ToTable("StrategyElements");
        builder.Property(e => e.Code).HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(2000);
        builder.Property(e => e.Statement).HasMaxLength(2000);
        builder.HasOne<StrategyElement>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Institutions).WithOne().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Indicators).WithOne().HasForeignKey(i => i.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.StrategyId, e.Depth, e.Order });
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("Institutions");
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.HasIndex(i => new { i.TenantId, i.Name }).IsUnique();
    }
}

internal sealed class ElementInstitutionConfiguration : IEntityTypeConfiguration<ElementInstitution>
{
    public void Configure(EntityTypeBuilder<ElementInstitution> builder)
    {
        builder.ToTable("ElementInstitutions");
        builder.HasOne(l => l.Institution).WithMany().HasForeignKey(l => l.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TenantId, l.ElementId, l.InstitutionId, l.Role }).IsUnique();
    }
}
