using FluentValidation;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.SaveTaskReport;

public sealed class SaveTaskReportValidator : AbstractValidator<SaveTaskReportCommand>
{
    public SaveTaskReportValidator()
    {
        // Nothing is pre-selected in the form: an untouched form must not send "w trakcie" with no word of what was done.
        RuleFor(c => c.Progress).NotNull().WithMessage("Wybierz stan realizacji zadania.").IsInEnum().WithMessage("Wybierz stan realizacji zadania.");
        RuleFor(c => c.Narrative).NotEmpty()
            .When(c => c.Submit && c.Progress is not null and not TaskProgress.NotStarted)
            .WithMessage("Opisz, co zrobiono: sprawozdanie przesyłane do zatwierdzenia musi mówić, jak zadanie realizowano.");
        RuleFor(c => c.Narrative).MaximumLength(TaskReport.NarrativeLimit).WithMessage($"Opis może mieć najwyżej {TaskReport.NarrativeLimit} znaków.");
    }
}
