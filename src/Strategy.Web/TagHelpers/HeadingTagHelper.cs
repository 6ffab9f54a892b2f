using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Strategy.Web.TagHelpers;

/// <summary>
/// <c>&lt;heading level="3"&gt;</c> renders <c>&lt;h3&gt;</c>: recursive trees keep a correct heading
/// outline (WCAG 1.3.1) whatever depth they start at. Levels beyond 6 stay at h6.
/// </summary>
[HtmlTargetElement("heading")]
public sealed class HeadingTagHelper : TagHelper
{
    public int Level { get; set; } = 2;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.TagName = "h" + Math.Clamp(Level, 1, 6);
}
