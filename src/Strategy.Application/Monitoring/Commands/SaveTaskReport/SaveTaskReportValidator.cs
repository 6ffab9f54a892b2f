using FluentValidation;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.SaveTaskReport;

public sealed class SaveTaskReportValidator : AbstractValidator<SaveTaskReportCommand>
{
    public SaveTaskReportValidator()
    {
        RuleFor(c => c.Progress).IsInEnum().WithMessage("Wybierz stan realizacji zadania.");
        RuleFor(c => c.Narrative).MaximumLength(TaskReport.NarrativeLimit).WithMessage($"Opis może mieć najwyżej {TaskReport.NarrativeLimit} znaków.");
        RuleFor(c => c.PlannedAmount).Must(ReportedValueText.IsNumber).WithMessage(c => $"„{c.PlannedAmount}” {ReportedValueText.NotANumber}");
        RuleFor(c => c.SpentAmount).Must(ReportedValueText.IsNumber).WithMessage(c => $"„{c.SpentAmount}” {ReportedValueText.NotANumber}");
    }
}
