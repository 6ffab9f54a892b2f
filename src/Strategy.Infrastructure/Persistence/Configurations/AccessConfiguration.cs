using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Messaging;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Identity;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasIndex(m => new { m.TenantId, m.UserId, m.Role }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.Email });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.ClientId).HasMaxLength(100);
        builder.Property(c => c.DisplayName).HasMaxLength(200);
        builder.Property(c => c.Scopes).HasMaxLength(500);
        builder.HasIndex(c => new { c.TenantId, c.ClientId }).IsUnique();
    }
}

internal sealed class SupportSessionConfiguration : IEntityTypeConfiguration<SupportSession>
{
    public void Configure(EntityTypeBuilder<SupportSession> builder)
    {
        builder.ToTable("SupportSessions");
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.HasIndex(s => new { s.TenantId, s.AdminUserId });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignUpRequestConfiguration : IEntityTypeConfiguration<SignUpRequest>
{
    public void Configure(EntityTypeBuilder<SignUpRequest> builder)
    {
        builder.ToTable("SignUpRequests");
        builder.Property(r => r.TerytCode).HasConversion(c => c.Value, v => TerytCode.Parse(v)).HasMaxLength(7).IsFixedLength();
        builder.Property(r => r.MunicipalityName).HasMaxLength(200);
        builder.Property(r => r.ContactName).HasMaxLength(200);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.RejectionReason).HasMaxLength(1000);
        builder.Property(r => r.DocumentName).HasMaxLength(260);
        builder.Property(r => r.ConfirmationTokenHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.TerytCode, r.State });
        builder.HasIndex(r => r.ConfirmationTokenHash);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => new { e.TenantId, e.OccurredAt });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.SentAt);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(200);
}
