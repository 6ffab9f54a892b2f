using Strategy.Application.Common.Files;
using FluentValidation;

namespace Strategy.Application.Monitoring.Commands.UploadEntrySheet;

public sealed class UploadEntrySheetValidator : AbstractValidator<UploadEntrySheetCommand>
{
    public UploadEntrySheetValidator()
    {
        RuleFor(c => c.Content)
            .NotEmpty().WithMessage("Wybierz wypełniony arkusz (XLSX albo CSV).")
            .Must(c => c.Length <= FileLimits.EntrySheet.MaxFileBytes).WithMessage($"Plik jest za duży: dopuszczalne są {FileLimits.Megabytes(FileLimits.EntrySheet.MaxFileBytes)} MB.");
    }
}
