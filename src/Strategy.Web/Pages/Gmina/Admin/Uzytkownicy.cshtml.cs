using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Access.Commands.InviteMember;
using Strategy.Application.Access.Commands.RemoveMembership;
using Strategy.Application.Access.Commands.WithdrawInvitation;
using Strategy.Application.Access.Queries.ListMembers;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Application.Access;
using Strategy.Application.Institutions;

namespace Strategy.Web.Pages.Gmina.Admin;

/// <summary>The tenant admin's people page: who has which role, open invitations, invite and remove.</summary>
public sealed class UzytkownicyModel(ISender sender, ITenantContext tenantContext) : FormPageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public MembersDto Members { get; private set; } = null!;

    public IReadOnlyList<InstitutionDto> Institutions { get; private set; } = [];

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var institution = Input.Role == TenantRole.Partner ? Input.InstitutionId : null;
        if (await TrySendAsync(() => sender.Send(new InviteMemberCommand(Input.Email, Input.Role, institution), ct).AsTask()))
        {
            Notice = $"Wysłano zaproszenie na adres {Input.Email.Trim()}.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The role removal asked for and not yet confirmed: the page names the person and the role first.</summary>
    public MemberDto? ToRemove { get; private set; }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, bool potwierdzone, CancellationToken ct)
    {
        if (!potwierdzone)
        {
            await LoadAsync(ct);
            ToRemove = Members.Members.FirstOrDefault(m => m.MembershipId == membershipId);
            return Page();
        }

        if (await TrySendAsync(() => sender.Send(new RemoveMembershipCommand(membershipId), ct).AsTask()))
        {
            Notice = "Rola została odebrana.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInvitationAsync(Guid invitationId, bool resend, CancellationToken ct)
    {
        InvitationSentDto? sent = null;
        if (await TrySendAsync(async () => sent = await sender.Send(new WithdrawInvitationCommand(invitationId, resend), ct), prefix: ""))
        {
            Notice = sent is null ? "Zaproszenie anulowane: jego link już nie działa." : $"Wysłano nowe zaproszenie na adres {sent.Email}; poprzedni link już nie działa.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Members = await sender.Send(new ListMembersQuery(), ct);
        Institutions = Members.Institutions;
    }

    public sealed class InviteInput
    {
        [Display(Name = "adres e-mail")]
        public string Email { get; set; } = "";

        public TenantRole Role { get; set; } = TenantRole.Viewer;

        public Guid? InstitutionId { get; set; }
    }
}
