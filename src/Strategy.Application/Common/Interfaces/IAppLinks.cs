namespace Strategy.Application.Common.Interfaces;

/// <summary>Absolute links the product puts in e-mails.</summary>
public interface IAppLinks
{
    string Invitation(string token);

    string PasswordReset(string email, string code);
}
