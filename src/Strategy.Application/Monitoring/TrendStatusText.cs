namespace Strategy.Application.Monitoring;

/// <summary>An indicator's trend in Polish, for pages and reports alike.</summary>
public static class TrendStatusText
{
    public static string Of(TrendStatus status) => status switch
    {
        TrendStatus.OnTrack => "zgodnie z celem",
        TrendStatus.OffTrack => "poza celem",
        _ => "bez danych do oceny",
    };
}
