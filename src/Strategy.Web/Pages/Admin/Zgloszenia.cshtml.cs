using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.SignUps.Commands.DecideSignUp;
using Strategy.Application.SignUps.Queries.ListSignUpRequests;

namespace Strategy.Web.Pages.Admin;

public sealed class ZgloszeniaModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<SignUpRequestDto> Requests { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Requests = await sender.Send(new ListSignUpRequestsQuery(), ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new DecideSignUpCommand(id, approve, Reason), ct).AsTask(), prefix: ""))
        {
            Notice = approve ? "Zgłoszenie przyjęte: gmina utworzona, zaproszenie wysłane." : "Zgłoszenie odrzucone; powód wysłano zgłaszającemu.";
            return RedirectToPage();
        }

        Requests = await sender.Send(new ListSignUpRequestsQuery(), ct);
        return Page();
    }
}
