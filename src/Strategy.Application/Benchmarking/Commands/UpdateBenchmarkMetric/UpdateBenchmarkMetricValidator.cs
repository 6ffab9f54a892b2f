using FluentValidation;
using Strategy.Application.Benchmarking.Models;

namespace Strategy.Application.Benchmarking.Commands.UpdateBenchmarkMetric;

public sealed class UpdateBenchmarkMetricValidator : AbstractValidator<UpdateBenchmarkMetricCommand>
{
    public UpdateBenchmarkMetricValidator()
    {
        Include(new BenchmarkMetricDescriptionValidator());
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Podaj wersję miernika, którą edytowano (version z odpowiedzi GET albo currentVersion z odpowiedzi 409).");
    }
}
