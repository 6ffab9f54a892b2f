namespace Strategy.Testing;

/// <summary>A gmina's sign-up as its sender finishes it: from the e-mailed link, through the confirmation page.</summary>
public static class SignUps
{
    public static async Task<HttpResponseMessage> ConfirmAsync(StrategyAppFactory app, string email)
    {
        var link = await Mail.LinkSentToAsync(app, email, "/rejestracja/potwierdzenie");
        using var client = SignIn.NewClient(app);
        return await SignIn.PostFormAsync(client, link, [], pageForToken: link);
    }
}
