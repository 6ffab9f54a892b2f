using FluentValidation;

namespace Strategy.Application.Reports.Queries.GetStateReportChapter;

/// <summary>A year outside the period or without data is a chapter that says so; only a year that is no year is refused.</summary>
public sealed class GetStateReportChapterValidator : AbstractValidator<GetStateReportChapterQuery>
{
    public GetStateReportChapterValidator() => RuleFor(q => q.Year).InclusiveBetween(ReportYears.First, ReportYears.Last).WithMessage(ReportYears.Message);
}
