using FluentValidation;

namespace Strategy.Application.Reports.Commands.PublishReport;

public sealed class PublishReportValidator : AbstractValidator<PublishReportCommand>
{
    public PublishReportValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithMessage(ReportYears.Message);
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Nieprawidłowa wersja raportu: odśwież stronę.");
    }
}
