using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Makes real feeds well-formed before the XML reader sees them: HTML named entities (&amp;nbsp;, &amp;eacute;,
/// &amp;mdash;...), which XML does not declare, become numeric references; unknown names and bare ampersands
/// ("AT&amp;T") become &amp;amp;. XML's own five entities and numeric references are left alone.
/// </summary>
public static partial class FeedEntities
{
    /// <summary>The text with every entity reference one XML understands without a DTD.</summary>
    public static string Premap(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.IndexOf('&', StringComparison.Ordinal) < 0)
            return xml;
        return Reference().Replace(xml, static m =>
        {
            if (m.Groups["num"].Success)
                return m.Value;
            var name = m.Groups["name"];
            if (!name.Success)
                return "&amp;";
            if (name.Value is "amp" or "lt" or "gt" or "quot" or "apos")
                return m.Value;
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(name.Value);
            if (string.IsNullOrEmpty(symbol))
                return "&amp;" + name.Value + ";";
            return string.Concat(symbol.EnumerateRunes().Select(r => string.Create(CultureInfo.InvariantCulture, $"&#x{r.Value:X};")));
        });
    }

    [GeneratedRegex(@"&(?:(?<num>#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|(?<name>[A-Za-z][A-Za-z0-9]{0,31});)?")]
    private static partial Regex Reference();
}
