using FluentValidation;

namespace Strategy.Application.Reports.Commands.WriteReport;

public sealed class WriteReportValidator : AbstractValidator<WriteReportCommand>
{
    public WriteReportValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithMessage(ReportYears.Message);
        RuleFor(c => c.Commentaries).Must(c => c.Select(x => x.ElementId).Distinct().Count() == c.Count).WithMessage("Każdy cel może mieć jeden komentarz.");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Nieprawidłowa wersja raportu: odśwież stronę.");
    }
}
