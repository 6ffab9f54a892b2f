using Strategy.Domain.Access;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.UnitTests.Domain;

public sealed class AccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invitation_keeps_only_the_hash_of_its_token_and_is_accepted_once()
    {
        var (invitation, token) = Invitation.Create(Guid.NewGuid(), " Anna@Babice.PL ", TenantRole.Viewer, null, null, Now);

        Assert.Equal("anna@babice.pl", invitation.Email);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(LinkToken.Hash(token), invitation.TokenHash);
        Assert.Equal(Now + TimeSpan.FromDays(7), invitation.ExpiresAt);

        var membership = invitation.Accept(Guid.NewGuid(), Now.AddHours(1));
        Assert.Equal(TenantRole.Viewer, membership.Role);
        var again = Assert.Throws<DomainException>(() => invitation.Accept(Guid.NewGuid(), Now.AddHours(2)));
        Assert.Contains("już wykorzystane", again.Message);
    }

    [Fact]
    public void An_expired_invitation_cannot_be_accepted()
    {
        var (invitation, _) = Invitation.Create(Guid.NewGuid(), "a@b.pl", TenantRole.Coordinator, null, null, Now);

        Assert.False(invitation.IsUsable(Now.AddDays(7)));
        var error = Assert.Throws<DomainException>(() => invitation.Accept(Guid.NewGuid(), Now.AddDays(8)));
        Assert.Contains("wygasło", error.Message);
        Assert.Null(invitation.AcceptedAt);
    }

    [Fact]
    public void A_partner_needs_an_institution_and_only_a_partner_has_one()
    {
        Assert.Throws<DomainException>(() => new Membership(Guid.NewGuid(), TenantRole.Partner, null));
        Assert.Throws<DomainException>(() => new Membership(Guid.NewGuid(), TenantRole.Viewer, Guid.NewGuid()));
        Assert.Throws<DomainException>(() => Invitation.Create(Guid.NewGuid(), "a@b.pl", TenantRole.Partner, null, null, Now));
        Assert.Equal(TenantRole.Partner, new Membership(Guid.NewGuid(), TenantRole.Partner, Guid.NewGuid()).Role);
    }

    [Fact]
    public void Invitation_tokens_are_unguessable_and_distinct()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => Invitation.Create(Guid.NewGuid(), "a@b.pl", TenantRole.Viewer, null, null, Now).Token).ToList();

        Assert.Equal(50, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.True(t.Length >= 43, "32 random bytes"));
    }

    [Fact]
    public void A_tenant_moves_through_its_states_in_order()
    {
        var tenant = new Tenant("babice", TerytCode.Parse("1203022"), "Gmina Babice", "małopolskie");

        Assert.Throws<DomainException>(tenant.Suspend);
        tenant.StartProvisioning();
        Assert.Equal(TenantState.Provisioning, tenant.State);
        tenant.Activate();
        Assert.Throws<DomainException>(tenant.Reactivate);
        tenant.Suspend();
        Assert.Equal(TenantState.Suspended, tenant.State);
        tenant.Reactivate();
        Assert.Equal(TenantState.Active, tenant.State);
    }

    [Fact]
    public void A_sign_up_waits_unconfirmed_and_its_link_works_for_a_day_only()
    {
        var late = new SignUpRequest(TerytCode.Parse("1203022"), "Babice", "Anna Nowak", "anna@babice.pl", StartingModel.Empty, Now);
        var onTime = new SignUpRequest(TerytCode.Parse("1203022"), "Babice", "Anna Nowak", "anna@babice.pl", StartingModel.Empty, Now);
        var token = onTime.IssueConfirmation();

        Assert.Equal(SignUpState.Unconfirmed, late.State);
        Assert.Equal(LinkToken.Hash(token), onTime.ConfirmationTokenHash);
        Assert.Contains("wygasł", Assert.Throws<DomainException>(() => late.Confirm(Now.AddHours(25))).Message);
        onTime.Confirm(Now.AddHours(23));
        Assert.Equal((SignUpState.Pending, (string?)null), (onTime.State, onTime.ConfirmationTokenHash));
        Assert.Throws<DomainException>(() => onTime.Confirm(Now.AddHours(23)));
    }

    [Fact]
    public void A_sign_up_is_decided_once_and_a_rejection_needs_a_reason()
    {
        var request = new SignUpRequest(TerytCode.Parse("1203022"), "Babice", "Anna Nowak", "Anna@Babice.pl", StartingModel.Chrzanow, Now);
        Assert.Equal("anna@babice.pl", request.Email);
        request.IssueConfirmation();
        request.Confirm(Now);

        Assert.Throws<DomainException>(() => request.Reject(" ", Now));
        Assert.Equal(SignUpState.Pending, request.State);
        request.Reject("Brak uchwały.", Now);
        Assert.Equal(SignUpState.Rejected, request.State);
        Assert.Throws<DomainException>(() => request.Approve(Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_support_session_lasts_an_hour_and_can_end_early()
    {
        var session = new SupportSession(Guid.NewGuid(), Guid.NewGuid(), "Zgłoszenie 42", Now);

        Assert.True(session.IsActive(Now.AddMinutes(59)));
        Assert.False(session.IsActive(Now.AddMinutes(60)));
        session.End(Now.AddMinutes(5));
        Assert.False(session.IsActive(Now.AddMinutes(6)));
        Assert.Throws<DomainException>(() => new SupportSession(Guid.NewGuid(), Guid.NewGuid(), "", Now));
    }
}
