using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// HTML to plain text with AngleSharp: one paragraph per line, page furniture (scripts, navigation, headers,
/// footers, forms, figures) dropped, boilerplate lines removed, Unicode normalised. Thread-safe.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "footer", "header", "aside", "form", "noscript", "iframe", "svg", "figure",
        "button", "select", "template", "object", "embed", "canvas", "video", "audio", "head",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "address", "center", "details", "summary",
    };

    /// <summary>Parses an HTML document or fragment (AngleSharp never throws on bad markup).</summary>
    public static IHtmlDocument ParseDocument(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The text of an HTML fragment (a feed description, a pasted snippet), boilerplate lines removed.</summary>
    public static string FromFragment(string html)
    {
        using var document = ParseDocument(html);
        return document.Body is null ? "" : FromElement(document.Body);
    }

    /// <summary>The text of <paramref name="root"/>, one paragraph per line, boilerplate lines removed.</summary>
    public static string FromElement(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var raw = new StringBuilder();
        Walk(root, raw);
        var lines = TextNormaliser.Paragraphs(raw.ToString()).Split('\n')
            .Where(l => l.Length > 0 && !Boilerplate.IsBoilerplate(l));
        return string.Join('\n', lines);
    }

    /// <summary>The inline text of an HTML title or headline on one line (tags stripped, entities decoded).</summary>
    public static string InlineText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
            return TextNormaliser.Line(html);
        using var document = ParseDocument("<body>" + html + "</body>");
        return TextNormaliser.Line(document.Body?.TextContent ?? "");
    }

    private static void Walk(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText textNode:
                text.Append(textNode.Data);
                return;
            case IElement element when DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden"):
                return;
            case IElement { LocalName: "br" }:
                text.Append('\n');
                return;
        }

        var block = node is IElement e && BlockTags.Contains(e.LocalName);
        if (block)
            text.Append('\n');
        foreach (var child in node.ChildNodes)
            Walk(child, text);
        if (block)
            text.Append('\n');
    }
}
