using FluentValidation;
using Strategy.Application.Benchmarking.Models;
using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Benchmarking.Commands.CreateBenchmarkMetric;

public sealed class CreateBenchmarkMetricValidator : AbstractValidator<CreateBenchmarkMetricCommand>
{
    public CreateBenchmarkMetricValidator()
    {
        RuleFor(c => c.Code)
            .NotEmpty().WithMessage("Podaj kod miernika, np. bezrobotni-zarejestrowani.")
            .Must(BenchmarkMetric.IsValidCode).When(c => !string.IsNullOrEmpty(c.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage($"Kod może zawierać tylko małe litery a–z, cyfry i łączniki (nie na początku ani na końcu), od 2 do {BenchmarkMetric.CodeLength} znaków, np. bezrobotni-zarejestrowani.");
        Include(new BenchmarkMetricDescriptionValidator());
    }
}
