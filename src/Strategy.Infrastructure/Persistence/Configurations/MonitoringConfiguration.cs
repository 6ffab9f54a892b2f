using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;

namespace Strategy.Infrastructure.Persistence.Configurations;

internal sealed class ReportingRoundConfiguration : IEntityTypeConfiguration<ReportingRound>
{
    public void Configure(EntityTypeBuilder<ReportingRound> builder)
    {
        builder.ToTable("ReportingRounds");
        builder.HasOne<MunicipalStrategy>().WithMany().HasForeignKey(r => r.StrategyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.StrategyId, r.Year }).IsUnique();
    }
}

internal sealed class LegalCalendarConfiguration : IEntityTypeConfiguration<LegalCalendar>
{
    public void Configure(EntityTypeBuilder<LegalCalendar> builder)
    {
        builder.ToTable("LegalCalendars");
        builder.Property(c => c.ReminderDays).HasMaxLength(40);
        builder.Ignore(c => c.DaysBefore);
        builder.HasIndex(c => c.TenantId).IsUnique(); // one calendar per gmina
    }
}

internal sealed class RoundReminderConfiguration : IEntityTypeConfiguration<RoundReminder>
{
    public void Configure(EntityTypeBuilder<RoundReminder> builder)
    {
        builder.ToTable("RoundReminders");
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        // Of two replicas sending the same reminder, the second insert is refused: it goes out once.
        builder.HasIndex(r => new { r.TenantId, r.RoundId, r.Deadline, r.DaysBefore }).IsUnique();
    }
}

internal sealed class MeasurementEntryConfiguration : IEntityTypeConfiguration<MeasurementEntry>
{
    public void Configure(EntityTypeBuilder<MeasurementEntry> builder)
    {
        builder.ToTable("MeasurementEntries");
        builder.Property(e => e.Unit).HasMaxLength(TextLimits.Unit);
        builder.Property(e => e.NoDataReason).HasMaxLength(TextLimits.NoDataReason);
        builder.Property(e => e.Note).HasMaxLength(TextLimits.Note);
        builder.Property(e => e.ReviewComment).HasMaxLength(TextLimits.Note);
        builder.Property(e => e.UpdatedBy).HasMaxLength(200);
        builder.Property(e => e.ReviewedBy).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(e => e.Reported);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Restrict);

        // One entry per indicator and round: a correction changes it, history keeps the steps.
        builder.HasIndex(e => new { e.TenantId, e.RoundId, e.IndicatorId }).IsUnique();
    }
}

internal sealed class IndicatorChangeConfiguration : IEntityTypeConfiguration<IndicatorChange>
{
    public void Configure(EntityTypeBuilder<IndicatorChange> builder)
    {
        builder.ToTable("IndicatorChanges");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.OldValue);
        builder.Ignore(c => c.NewValue);
        builder.Property(c => c.Comment).HasMaxLength(TextLimits.Note);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.IndicatorId, c.At });
    }
}

internal sealed class TaskReportConfiguration : IEntityTypeConfiguration<TaskReport>
{
    public void Configure(EntityTypeBuilder<TaskReport> builder)
    {
        builder.ToTable("TaskReports");
        builder.Property(r => r.Progress).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ApprovedProgress).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Narrative).HasMaxLength(TaskReport.NarrativeLimit);
        builder.Property(r => r.ApprovedNarrative).HasMaxLength(TaskReport.NarrativeLimit);
        builder.Property(r => r.ReviewComment).HasMaxLength(TextLimits.Note);
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<StrategyElement>().WithMany().HasForeignKey(r => r.ElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);

        // One report per task and round; corrections change it.
        builder.HasIndex(r => new { r.TenantId, r.RoundId, r.ElementId }).IsUnique();
    }
}
