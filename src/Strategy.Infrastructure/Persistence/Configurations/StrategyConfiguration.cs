using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<MunicipalStrategy>
{
    public void Configure(EntityTypeBuilder<MunicipalStrategy> builder)
    {
        builder.ToTable("Strategies");
        builder.Property(s => s.Title).HasMaxLength(TextLimits.StrategyTitle);
        builder.Property(s => s.AdoptionResolution).HasMaxLength(TextLimits.Resolution);
        builder.Property(s => s.Source).HasMaxLength(TextLimits.Source);
        builder.HasMany(s => s.Levels).WithOne().HasForeignKey(l => l.StrategyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Elements).WithOne().HasForeignKey(e => e.StrategyId).OnDelete(DeleteBehavior.Cascade);

        // A short list read only with its strategy: a JSON column of the strategy's row, not a table.
        builder.OwnsMany(s => s.Chapters, c =>
        {
            c.ToJson("DocumentChapters");
            c.Property(x => x.Heading).HasMaxLength(DocumentChapter.MaxHeading);
            c.Property(x => x.Place).HasMaxLength(DocumentChapter.MaxPlace);
        });
    }
}

internal sealed class StrategyLevelConfiguration : IEntityTypeConfiguration<StrategyLevel>
{
    public void Configure(EntityTypeBuilder<StrategyLevel> builder)
    {
        builder.ToTable("StrategyLevels");
        builder.Property(l => l.Name).HasMaxLength(TextLimits.LevelName);
        builder.HasIndex(l => new { l.TenantId, l.StrategyId, l.Depth }).IsUnique();
    }
}

internal sealed class StrategyElementConfiguration : IEntityTypeConfiguration<StrategyElement>
{
    public void Configure(EntityTypeBuilder<StrategyElement> builder)
    {
        builder.ToTable("StrategyElements");
        builder.Property(e => e.Code).HasMaxLength(TextLimits.ElementCode);
        builder.Property(e => e.Title).HasMaxLength(TextLimits.ElementTitle);
        builder.Property(e => e.Statement).HasMaxLength(TextLimits.Statement);
        builder.Property(e => e.Funding).HasMaxLength(TextLimits.Funding);
        builder.Property(e => e.TimeFrame).HasMaxLength(TextLimits.TimeFrame);
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
        builder.Property(i => i.Name).HasMaxLength(TextLimits.InstitutionName);
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
