using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>
/// Splits news text into sentences. Paragraph breaks always end a sentence (headlines and bullet lists have no
/// full stop); inside a paragraph a sentence ends at . ! ? (plus closing quotes and brackets) followed by space and an
/// upper-case letter, a digit or an opening quote, unless the full stop belongs to a known abbreviation, an initial or a number.
/// Pure and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pfc", "spc", "pvt", "st", "sen", "rep",
        "gov", "pres", "rev", "hon", "no", "nos", "vs", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "vol",
        "e.g", "i.e", "mt", "ft",
    };

    // Abbreviations that also end sentences ("troops from the U.S. They landed"): they end one when the next word
    // is a function word (the usual start of a sentence, never of a name); times also before any capitalised word.
    private static readonly HashSet<string> CountryAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "u.n", "e.u", "d.c", "inc", "ltd", "co", "corp", "jr", "sr", "etc",
    };

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    private static readonly HashSet<string> TimeAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "a.m", "p.m" };

    private static readonly HashSet<string> NotSentenceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc", "bst", "cet", "et", "est",
    };

    // The sets looked up by the characters in the text, so checking a word before a full stop allocates nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryAbbreviationsBySpan = CountryAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeAbbreviationsBySpan = TimeAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSentenceStartsBySpan = NotSentenceStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order; empty paragraphs yield nothing.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitToList(text);
    }

    /// <summary>As <see cref="Split"/>, typed as the list it is, so Core's per-word loops index it without interface calls.</summary>
    internal static List<TextSpan> SplitToList(string text)
    {
        // News sentences run to about 120 characters; sized so the list rarely regrows.
        var result = new List<TextSpan>(text.Length / 100 + 1);
        var paragraphStart = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', paragraphStart);
            SplitParagraph(text, paragraphStart, newline < 0 ? text.Length : newline, result);
            if (newline < 0)
                return result;
            paragraphStart = newline + 1;
        }
    }

    private static void SplitParagraph(string text, int start, int end, List<TextSpan> into)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            // Jump to the next candidate full stop (a vectorised search): most characters end nothing.
            var found = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (found < 0)
                break;
            i += found;
            var c = text[i];
            var stop = i + 1;
            while (stop < end && IsCloser(text[stop]))
                stop++;
            if (stop >= end)
                break;
            var next = stop;
            while (next < end && char.IsWhiteSpace(text[next]))
                next++;
            if (next == stop || next >= end || !StartsSentence(text[next])
                || c == '.' && IsNonTerminalPeriod(text, sentenceStart, i, next, end))
            {
                i++;
                continue;
            }

            Add(text, sentenceStart, stop, into);
            sentenceStart = next;
            i = next;
        }

        Add(text, sentenceStart, end, into);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '“' or '’' or ')' or ']' or '»' or '«';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '„' or '‘' or '\'' or '(' or '[' or '«' or '»' or '”' or '—' or '-';

    private static bool IsNonTerminalPeriod(string text, int sentenceStart, int period, int next, int end)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
            return false;
        // A single capital letter is an initial ("John F. Kennedy"), not the end of a sentence.
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        if (AbbreviationsBySpan.Contains(word))
            return true;
        var nextWord = NextWord(text, next, end);
        if (CountryAbbreviationsBySpan.Contains(word))
            return !StopWords.Contains(Tokenizer.Fold(nextWord));
        if (TimeAbbreviationsBySpan.Contains(word))
            return !char.IsUpper(text[next]) || NotSentenceStartsBySpan.Contains(nextWord);
        return false;
    }

    private static ReadOnlySpan<char> NextWord(string text, int next, int end)
    {
        var stop = next;
        while (stop < end && char.IsLetter(text[stop]))
            stop++;
        return text.AsSpan(next, stop - next);
    }

    private static void Add(string text, int start, int end, List<TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            into.Add(new TextSpan(start, end));
    }
}
