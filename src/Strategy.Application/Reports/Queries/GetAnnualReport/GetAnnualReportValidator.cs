using FluentValidation;

namespace Strategy.Application.Reports.Queries.GetAnnualReport;

/// <summary>A year outside the strategy's period is a report that says so; only a year that is no year is refused.</summary>
public sealed class GetAnnualReportValidator : AbstractValidator<GetAnnualReportQuery>
{
    public GetAnnualReportValidator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithMessage(ReportYears.Message);
}
