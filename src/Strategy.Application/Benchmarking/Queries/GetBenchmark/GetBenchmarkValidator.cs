using FluentValidation;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking.Queries.GetBenchmark;

public sealed class GetBenchmarkValidator : AbstractValidator<GetBenchmarkQuery>
{
    public GetBenchmarkValidator()
    {
        RuleFor(q => q.MetricCode).Must(BenchmarkMetric.IsValidCode).WithMessage("Podaj kod miernika z katalogu (małe litery, cyfry i łączniki).");
        RuleFor(q => q.Year).InclusiveBetween(Indicator.EarliestYear, Indicator.LatestYear)
            .WithMessage($"Rok musi mieścić się w latach {Indicator.EarliestYear}–{Indicator.LatestYear}.");
    }
}
