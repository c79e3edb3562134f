using System.Text.RegularExpressions;

namespace NewsBot.Core.Ingestion;

/// <summary>Recognises site furniture that is not part of an article: share prompts, copyright lines, credits.</summary>
public static partial class Boilerplate
{
    /// <summary>True for a line that is only markup (a stray HTML fragment at the top of a pasted article, a Markdown rule).</summary>
    public static bool IsMarkupLine(string line) => MarkupOnly().IsMatch(line) || Rule().IsMatch(line);

    /// <summary>The line without HTML tags (a pasted fragment's markup around the headline).</summary>
    public static string StripTags(string line) => Tags().Replace(line, "");

    /// <summary>True for a short "By Staff Reporter" credit line.</summary>
    public static bool IsByline(string line) => line.Length < 60 && line.StartsWith("By ", StringComparison.Ordinal);

    /// <summary>
    /// True for a line of site furniture: share and comment prompts, copyright, "Read the full article here",
    /// "Exit mobile version", agency credit lines such as "(AFP)" or "tl/rmb (AFP)". Markdown emphasis around the
    /// line is ignored.
    /// </summary>
    public static bool IsBoilerplate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bare = line.Trim().Trim('*', '_', '#', '>', ' ');
        return Furniture().IsMatch(bare) || AgencyCredit().IsMatch(bare);
    }

    /// <summary>True for the heading of a "Key points" summary block that some sites put above the article.</summary>
    public static bool IsKeyPointsHeading(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return KeyPoints().IsMatch(StripTags(line).Trim().Trim('*', '_', '#', ' '));
    }

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

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:key points|key takeaways|in brief|highlights|at a glance|summary):?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPoints();

    // "(AFP)", "tl/rmb (AFP)", "(AFP/Reuters)", "— AFP": the desk initials and agency that close a wire story.
    [GeneratedRegex(@"^(?:[a-z]{1,5}(?:/[a-z]{1,5})+\s*)?[(\[]\s*(?:afp|reuters|ap|dpa|anadolu|efe|ansa|xinhua|pa|upi|tass|agencies)(?:\s*/\s*(?:afp|reuters|ap|dpa|efe|ansa|pa|agencies))*\s*[)\]]$|^[—–-]\s*(?:afp|reuters|ap|dpa|agencies)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"^(?:share|share this( article| story| page)?(?::.*)?|share on \w+.*|read the full (article|story)( here)?\.?|read more:?.*|continue reading.*|exit mobile version|(?:©|\(c\)|copyright)\s.*|©.*|all rights reserved\.?|click here.*|leave a comment.*|\d*\s*comments?\s*(\(\d+\))?|comments? are closed\.?|join the (conversation|discussion).*|view comments.*|sign up for.*newsletter.*|subscribe to (our|the) .*newsletter.*|related( articles| stories| content)?:?|advertisement|sponsored( content)?|skip to (main )?content|(?:with )?(?:reporting by|additional reporting by|writing by|editing by) .*|follow us on .*|tags?:.*|the post .* appeared first on .*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
