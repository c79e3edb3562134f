using System.Text;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Unicode clean-up for article text. Curly and straight quotes are never converted: the quote engine tells them
/// apart. En and em dashes are kept (they mean different things); only hyphen look-alikes and the horizontal bar
/// are folded, because no reader distinguishes them.
/// </summary>
public static class TextNormaliser
{
    /// <summary>
    /// One-for-one replacements only (odd spaces to a space, hyphen variants to '-'), and NFC only when it keeps the
    /// length, so every offset into the result is an offset into the input. For plain-text files whose body is a slice.
    /// </summary>
    public static string SameLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (composed.Length != text.Length)
            composed = text;
        return string.Create(composed.Length, composed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Map(source[i]);
        });
    }

    /// <summary>
    /// Full clean-up for text built from HTML or feeds: NFC, invisible characters removed, odd spaces and hyphen
    /// variants folded, spaces collapsed, one paragraph per line with no blank lines.
    /// </summary>
    public static string Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(composed.Length);
        var line = new StringBuilder();
        foreach (var c in composed)
        {
            if (IsInvisible(c))
                continue;
            var mapped = Map(c);
            if (mapped is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Flush(line, result);
                continue;
            }

            if (char.IsWhiteSpace(mapped))
            {
                if (line.Length > 0 && line[^1] != ' ')
                    line.Append(' ');
                continue;
            }

            line.Append(mapped);
        }

        Flush(line, result);
        return result.ToString().TrimEnd('\n');
    }

    /// <summary>One line of text (a headline): <see cref="Paragraphs"/> with line breaks turned into spaces.</summary>
    public static string Line(string text) => Paragraphs(text).Replace('\n', ' ');

    private static void Flush(StringBuilder line, StringBuilder result)
    {
        var trimmed = line.ToString().Trim();
        if (trimmed.Length > 0)
            result.Append(trimmed).Append('\n');
        line.Clear();
    }

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static char Map(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u202F' or '\u3000' or (>= '\u2000' and <= '\u200A') => ' ',
        '\u2010' or '\u2011' or '\u2212' => '-',
        '\u2015' => '\u2014',
        _ => c,
    };
}
