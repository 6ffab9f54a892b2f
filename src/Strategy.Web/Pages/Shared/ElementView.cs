using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages;

/// <summary>One element to render in a tree, with the heading level it starts at.</summary>
public sealed record ElementView(ElementDto Element, string Tenant, int HeadingLevel)
{
    /// <summary>
    /// Children that carry nothing but a title and institutions (tasks) read best as one table;
    /// children with their own indicators or subtrees are rendered as sections.
    /// </summary>
    public bool ChildrenAsTable => Element.Children.Count > 0 && Element.Children.All(c => c.Children.Count == 0 && c.Indicators.Count == 0);
}

public static class ElementTree
{
    public static IEnumerable<ElementDto> Flatten(IEnumerable<ElementDto> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));
}
