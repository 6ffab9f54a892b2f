namespace Strategy.UnitTests.Seeding;

internal static class SeedText
{
    public static void AssertClean(string text)
    {
        Assert.DoesNotMatch("<[a-zA-Z/][^>]*>", text);
        Assert.DoesNotContain("&nbsp;", text);
        Assert.DoesNotContain("➤", text);
        Assert.DoesNotContain("•", text);
        Assert.Equal(text.Trim(), text);
    }
}
