using FluentValidation;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Benchmarking.Models;

/// <summary>What describes a metric, shared by creating and editing one.</summary>
public interface IBenchmarkMetricDescription
{
    string NamePl { get; }

    string NameEn { get; }

    string? Unit { get; }

    string Definition { get; }

    MetricNormalisation Normalisation { get; }

    IndicatorDirection Direction { get; }

    int? BdlVariableId { get; }
}

/// <summary>The rules of a metric's description, with the messages a platform admin reads.</summary>
public sealed class BenchmarkMetricDescriptionValidator : AbstractValidator<IBenchmarkMetricDescription>
{
    public BenchmarkMetricDescriptionValidator()
    {
        RuleFor(c => c.NamePl)
            .NotEmpty().WithMessage("Podaj nazwę miernika po polsku.")
            .MaximumLength(BenchmarkMetric.NameLength).WithMessage($"Nazwa po polsku może mieć najwyżej {BenchmarkMetric.NameLength} znaków.");
        RuleFor(c => c.NameEn)
            .MaximumLength(BenchmarkMetric.NameLength).WithMessage($"Nazwa po angielsku może mieć najwyżej {BenchmarkMetric.NameLength} znaków.");
        RuleFor(c => c.Unit)
            .NotEmpty().WithMessage("Podaj jednostkę miernika, np. osoby, rodziny, %.")
            .MaximumLength(TextLimits.Unit).WithMessage($"Jednostka może mieć najwyżej {TextLimits.Unit} znaków.");
        RuleFor(c => c.Definition)
            .NotEmpty().WithMessage("Podaj definicję miernika: co dokładnie jest liczone.")
            .MaximumLength(BenchmarkMetric.DefinitionLength).WithMessage($"Definicja może mieć najwyżej {BenchmarkMetric.DefinitionLength} znaków.");
        RuleFor(c => c.Normalisation).IsInEnum().WithMessage("Wybierz sposób porównania: wartość bezwzględna, na 1000 mieszkańców albo odsetek.");
        RuleFor(c => c.Direction).IsInEnum().WithMessage("Wybierz pożądany kierunek: nieokreślony, wzrost albo spadek.");
        RuleFor(c => c.BdlVariableId)
            .GreaterThan(0).When(c => c.BdlVariableId is not null)
            .WithMessage("Identyfikator zmiennej BDL musi być dodatnią liczbą całkowitą (albo puste pole, gdy BDL go nie publikuje).");
    }
}
