using System.Text.RegularExpressions;

namespace NewsBot.Core.Ingestion;

/// <summary>Recognises site furniture that is not part of an article: share prompts, copyright lines, credits.</summary>
public static partial class Boilerplate
{
    /// <summary>True for a line that is only markup (a stray HTML fragment at the top of a pasted article).</summary>
    public static bool IsMarkupLine(string line) => MarkupOnly().IsMatch(line);

    /// <summary>The line without HTML tags (a pasted fragment's markup around the headline).</summary>
    public static string StripTags(string line) => Tags().Replace(line, "");

    /// <summary>True for a short "By Staff Reporter" credit line.</summary>
    public static bool IsByline(string line) => line.Length < 60 && line.StartsWith("By ", StringComparison.Ordinal);

    /// <summary>True for a line of site furniture.</summary>
    public static bool IsBoilerplate(string line) => Furniture().IsMatch(line.Trim());

    /// <summary>
    /// The end of the body: trailing blank and boilerplate lines (from <paramref name="bodyStart"/> on) are cut.
    /// </summary>
    public static int TrailingCut(string content, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(content);
        var end = content.Length;
        while (end > bodyStart)
        {
            var lineStart = content.LastIndexOf('\n', end - 1);
            lineStart = lineStart < bodyStart ? bodyStart : lineStart + 1;
            var line = content[lineStart..end];
            if (line.Trim().Length > 0 && !IsBoilerplate(line) && !IsMarkupLine(line.Trim()))
                break;
            end = lineStart > bodyStart ? lineStart - 1 : bodyStart;
        }

        return end;
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:<[^>]*>\s*)+$")]
    private static partial Regex MarkupOnly();

    [GeneratedRegex(@"^(?:share this( article| story)?|share on \w+|read the full (article|story)( here)?\.?|exit mobile version|(?:©|\(c\)|copyright\b).*|all rights reserved\.?|click here.*|leave a comment.*|comments?\s*\(\d+\)|sign up for.*newsletter.*|related( articles| stories)?:?|advertisement|\((?:afp|reuters|ap|dpa|anadolu)\)|(?:with )?(?:reporting by|additional reporting by|writing by|editing by) .*|follow us on .*|tags?:.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
