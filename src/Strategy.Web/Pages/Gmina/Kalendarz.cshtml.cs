using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.ChangeCalendar;
using Strategy.Application.Monitoring.Commands.ChangeRoundDeadline;
using Strategy.Application.Monitoring.Commands.OpenRound;
using Strategy.Application.Monitoring.Queries.GetCalendar;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// The gmina's legal year: the next date and the days left, every date with its basis, the round proposed in
/// January, the open rounds' deadlines and reminders; the coordinator moves any date here.
/// </summary>
public sealed class KalendarzModel(ISender sender) : FormPageModel
{
    public CalendarDto Calendar { get; private set; } = null!;

    public bool CanChange => Calendar.CanChange;

    [BindProperty]
    public CalendarInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var s = Calendar.Settings;
        Input = new CalendarInput
        {
            ProposeRoundOn = s.ProposeRoundOn,
            RoundDeadline = s.RoundDeadline,
            ResourceAssessmentDue = s.ResourceAssessmentDue,
            StateReportDue = s.StateReportDue,
            ReminderDays = string.Join(", ", s.ReminderDaysBefore),
            Version = Calendar.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, CancellationToken ct)
    {
        var days = (Input.ReminderDays ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        var parsed = days.Select(d => int.TryParse(d, out var n) ? n : -1).ToList();
        if (parsed.Contains(-1))
        {
            ModelState.AddModelError("Input.ReminderDays", "Przypomnienia: wpisz liczby dni przed terminem rozdzielone przecinkami, np. 14, 7, 1.");
        }

        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(new ChangeCalendarCommand(Input.ProposeRoundOn, Input.RoundDeadline, Input.ResourceAssessmentDue, Input.StateReportDue, parsed, Input.Version), ct).AsTask()))
        {
            TempData["Status"] = "Kalendarz zapisany.";
            return LocalRedirect($"/{tenant}/kalendarz");
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Opens the round the calendar proposes, with the calendar's deadline.</summary>
    public async Task<IActionResult> OnPostOtworzAsync(string tenant, Guid strategyId, int year, DateOnly deadline, CancellationToken ct)
    {
        RoundSummaryDto? opened = null;
        if (await TrySendAsync(async () => opened = await sender.Send(new OpenRoundCommand(strategyId, year, deadline), ct)))
        {
            return LocalRedirect($"/{tenant}/rundy/{opened!.Id}");
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTerminAsync(string tenant, Guid roundId, DateOnly? deadline, int version, CancellationToken ct)
    {
        if (deadline is null)
        {
            ModelState.AddModelError("", "Podaj nowy termin rundy.");
        }
        else if (await TrySendAsync(() => sender.Send(new ChangeRoundDeadlineCommand(roundId, deadline.Value, version), ct).AsTask()))
        {
            TempData["Status"] = $"Termin rundy zmieniony na {deadline:dd.MM.yyyy}; przypomnienia liczą się od niego.";
            return LocalRedirect($"/{tenant}/kalendarz");
        }

        await OnGetAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Calendar = await sender.Send(new GetCalendarQuery(), ct);
    }

    public sealed class CalendarInput
    {
        [Display(Name = "Propozycja rundy za poprzedni rok (dzień.miesiąc)")]
        [Required]
        public string? ProposeRoundOn { get; set; }

        [Display(Name = "Termin przekazania danych przez partnerów (dzień.miesiąc)")]
        [Required]
        public string? RoundDeadline { get; set; }

        [Display(Name = "Ocena zasobów pomocy społecznej dla rady (dzień.miesiąc)")]
        [Required]
        public string? ResourceAssessmentDue { get; set; }

        [Display(Name = "Raport o stanie gminy dla rady (dzień.miesiąc)")]
        [Required]
        public string? StateReportDue { get; set; }

        [Display(Name = "Przypomnienia dla partnerów: dni przed terminem rundy")]
        public string? ReminderDays { get; set; }

        public int Version { get; set; }
    }
}
