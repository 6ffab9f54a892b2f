using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Import;

/// <summary>One registry entry per body however the document spells it; names glued at a line break split.</summary>
public sealed class InstitutionNamesTests
{
    [Theory]
    [InlineData("szkoły i placówki oświatowe", "Szkoły i placówki oświatowe")]
    [InlineData("Szkoly i placowki oswiatowe", "Szkoły i placówki oświatowe")]
    [InlineData("Poradnia Psychologiczno – Pedagogiczna", "Poradnia Psychologiczno-Pedagogiczna")]
    [InlineData("  Ośrodek  Pomocy Społecznej ", "Ośrodek Pomocy Społecznej")]
    public void The_same_body_written_otherwise_has_one_key(string one, string other) =>
        Assert.Equal(InstitutionNames.Key(one), InstitutionNames.Key(other));

    [Fact]
    public void Different_bodies_keep_different_keys() =>
        Assert.NotEqual(InstitutionNames.Key("Ośrodki Wsparcia Ekonomii Społecznej"), InstitutionNames.Key("Ośrodek Pomocy Społecznej"));

    [Theory]
    [InlineData("Organizacje pozarządowe Placówki ochrony zdrowia", new[] { "Organizacje pozarządowe", "Placówki ochrony zdrowia" })]
    [InlineData("Ośrodek Pomocy Społecznej Organizacje pozarządowe", new[] { "Ośrodek Pomocy Społecznej", "Organizacje pozarządowe" })]
    [InlineData("Organizacje senioralne Pracodawcy", new[] { "Organizacje senioralne", "Pracodawcy" })]
    [InlineData("niepubliczna poradnia psychologiczno- pedagogiczna", new[] { "niepubliczna poradnia psychologiczno-pedagogiczna" })]
    [InlineData("Centrum Usług Socjalnych i inne instytucje polityki społecznej", new[] { "Centrum Usług Socjalnych i inne instytucje polityki społecznej" })]
    [InlineData("Zakład Lecznictwa Ambulatoryjnego Poradnia Leczenia Uzależnień", new[] { "Zakład Lecznictwa Ambulatoryjnego Poradnia Leczenia Uzależnień" })]
    public void Names_glued_at_a_line_break_are_split_where_the_document_names_the_first(string glued, string[] expected)
    {
        var known = new[] { "Organizacje pozarządowe", "Placówki ochrony zdrowia", "Ośrodek Pomocy Społecznej", "Organizacje senioralne", "Centrum Usług Socjalnych" }
            .Select(InstitutionNames.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected, InstitutionNames.Split(glued, known));
    }

    [Fact]
    public void Chrzanows_registry_has_no_leftovers_of_parsing_and_no_case_or_letter_duplicates()
    {
        var names = StrategyModelImporter.Import(BuiltInModels.Default.Load(BuiltInModels.Chrzanow), []).NewInstitutions.Select(i => i.Name).ToList();

        Assert.DoesNotContain("Organizacje pozarządowe Placówki ochrony zdrowia", names);
        Assert.DoesNotContain("Ośrodek Pomocy Społecznej Organizacje pozarządowe", names);
        Assert.Single(names, n => InstitutionNames.Key(n) == InstitutionNames.Key("Szkoły i placówki oświatowe"));
        Assert.Equal(names.Count, names.Select(InstitutionNames.Key).Distinct().Count());
    }
}
