using FluentValidation;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.ChangeCalendar;

/// <summary>Bounds what is read before the calendar's rules see it: short day-and-month texts, a handful of reminders.</summary>
public sealed class ChangeCalendarValidator : AbstractValidator<ChangeCalendarCommand>
{
    private const int DayLength = 10;

    public ChangeCalendarValidator()
    {
        RuleFor(c => c.ProposeRoundOn).MaximumLength(DayLength).WithMessage("Propozycja rundy: wpisz dzień i miesiąc, np. 02.01.");
        RuleFor(c => c.RoundDeadline).MaximumLength(DayLength).WithMessage("Termin rundy: wpisz dzień i miesiąc, np. 31.03.");
        RuleFor(c => c.ResourceAssessmentDue).MaximumLength(DayLength).WithMessage("Ocena zasobów: wpisz dzień i miesiąc, np. 30.04.");
        RuleFor(c => c.StateReportDue).MaximumLength(DayLength).WithMessage("Raport o stanie gminy: wpisz dzień i miesiąc, np. 31.05.");
        RuleFor(c => c.ReminderDaysBefore!.Count).LessThanOrEqualTo(LegalCalendar.MaxReminders)
            .When(c => c.ReminderDaysBefore is not null)
            .OverridePropertyName(nameof(ChangeCalendarCommand.ReminderDaysBefore))
            .WithMessage($"Przypomnienia: najwyżej {LegalCalendar.MaxReminders}.");
    }
}
