using FluentValidation;

namespace Strategy.Application.Monitoring.Commands.UploadEntrySheet;

public sealed class UploadEntrySheetValidator : AbstractValidator<UploadEntrySheetCommand>
{
    /// <summary>A to-do list of a few dozen rows is a few kilobytes; 2 MB leaves room for formatting.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public UploadEntrySheetValidator()
    {
        RuleFor(c => c.Content)
            .NotEmpty().WithMessage("Wybierz wypełniony arkusz (XLSX albo CSV).")
            .Must(c => c.Length <= MaxBytes).WithMessage("Plik jest za duży: dopuszczalne są 2 MB.");
    }
}
