using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class TenantDataVersionConfiguration : IEntityTypeConfiguration<TenantDataVersion>
{
    public void Configure(EntityTypeBuilder<TenantDataVersion> builder)
    {
        builder.ToTable("TenantDataVersions");
        builder.HasKey(v => v.TenantId);
        builder.Property(v => v.TenantId).ValueGeneratedNever();

        // Goes with its gmina when offboarding deletes the catalogue entry.
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TenantDataVersion>(v => v.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
