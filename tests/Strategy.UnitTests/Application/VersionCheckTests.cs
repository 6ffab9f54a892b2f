using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Exceptions;
using Strategy.Domain.Benchmarking;

namespace Strategy.UnitTests.Application;

public sealed class VersionCheckTests
{
    [Fact]
    public void The_version_read_passes_without_describing_anything()
    {
        var described = false;

        VersionCheck.Ensure(3, 3, () =>
        {
            described = true;
            return new("zapisał ten wskaźnik", "", null);
        });

        Assert.False(described);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(null)]
    public void Another_version_is_refused_in_one_shape_with_the_stored_version_and_record(int? edited)
    {
        var stored = new { Title = "Wersja koordynatora" };

        var conflict = Assert.Throws<ConflictException>(() => VersionCheck.Ensure(3, edited, () => new("zmienił element 2.1.95", $"Teraz: „{stored.Title}”", stored)));

        Assert.Equal(
            "Ktoś inny zmienił element 2.1.95 w międzyczasie. Teraz: „Wersja koordynatora”. Twoje zmiany nie zostały zapisane: odśwież, porównaj je i zapisz ponownie.",
            conflict.Message);
        Assert.Equal(3, conflict.CurrentVersion);
        Assert.Same(stored, conflict.Current);
    }

    [Fact]
    public async Task A_record_compares_its_own_version_and_an_asynchronous_description_is_awaited_only_on_a_conflict()
    {
        var figure = PopulationFigure.Entered(2026, 17_950);
        var described = 0;
        Task<StoredNow> Describe()
        {
            described++;
            return Task.FromResult(new StoredNow("zapisał liczbę mieszkańców w roku 2026", "Teraz: 17 950", null));
        }

        await VersionCheck.EnsureAsync(figure, figure.Version, Describe);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => VersionCheck.EnsureAsync(figure, figure.Version + 1, Describe));

        Assert.Equal(1, described);
        Assert.StartsWith("Ktoś inny zapisał liczbę mieszkańców w roku 2026 w międzyczasie. Teraz: 17 950.", conflict.Message);
        Assert.Equal(figure.Version, conflict.CurrentVersion);
    }
}
