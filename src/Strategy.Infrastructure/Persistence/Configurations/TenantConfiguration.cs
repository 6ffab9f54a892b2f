using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.Property(t => t.Identifier).HasMaxLength(63);
        builder.HasIndex(t => t.Identifier).IsUnique();
        builder.Property(t => t.TerytCode)
            .HasConversion(c => c.Value, v => TerytCode.Parse(v))
            .HasMaxLength(7)
            .IsFixedLength();
        builder.HasIndex(t => t.TerytCode).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Voivodeship).HasMaxLength(50);
    }
}
