using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds quoted spans in an article: straight and curly double quotes, guillemets, and straight or curly single quotes
/// used as primary marks (headlines, and outlets that quote with single marks), and the marks of translated European
/// copy: German and Polish low openers („...“, „...”), Danish and German reversed guillemets (»...«), Swedish and
/// Finnish closing marks on both sides (”...”). Single marks inside a double quote are
/// nested quotes and stay part of it. A mark left open at a paragraph's end closes there, so one unbalanced mark never
/// swallows the rest of the article.
/// </summary>
internal static partial class QuoteMarkScanner
{
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(".,;:!?…-—– ");

    // Every character the scan acts on; all others are skipped in one vectorised search.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\"“”„«»‘’'");

    /// <summary>The quoted spans of <paramref name="text"/>, in order.</summary>
    public static List<QuotedSpan> Scan(string text)
    {
        var spans = new List<QuotedSpan>();
        var paragraphStart = 0;
        var continuing = false;
        // A text that writes double quotes as two apostrophes (''...'', as some wire archives do) nests single ones
        // inside them: there a lone straight mark is no primary quote.
        var straightSingles = !text.Contains("''", StringComparison.Ordinal);
        while (paragraphStart <= text.Length)
        {
            var end = text.IndexOf('\n', paragraphStart);
            if (end < 0)
                end = text.Length;
            continuing = ScanParagraph(text, paragraphStart, end, continuing, straightSingles, spans);
            paragraphStart = end + 1;
        }

        return spans;
    }

    private static bool ScanParagraph(string text, int start, int end, bool continuing, bool straightSingles, List<QuotedSpan> into)
    {
        // A blank line between the parts of a quote over several paragraphs is no paragraph: the quote still runs on.
        if (text.AsSpan(start, end - start).IsWhiteSpace())
            return continuing;
        if (continuing && DashTurn(text, start, end, into))
            return into[^1].ContinuesNext;
        if (DashedDialogue(text, start, end, into) || SpacedDashDialogue(text, start, end, into))
            return false;
        var open = -1;
        var opener = '\0';
        var single = false;
        var straightSingle = false;
        var continuation = false;
        var nested = false;
        for (var i = start; i < end; i++)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(Marks);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (open < 0)
            {
                // "We ask the same question," the aide said.": the first mark of a paragraph, after the quoted words'
                // punctuation and before the attribution, closes a quote whose opening mark was left out.
                if (ClosesUnopened(text, i, start, end))
                {
                    Add(text, start, i, -1, i, false, false, into);
                    continue;
                }

                if (IsDoubleOpener(text, i, start) || (c == '‘' && (i == start || !char.IsLetterOrDigit(text[i - 1]))) || IsReversedOpener(text, i, start, end)
                    || IsGuillemetOpener(text, i, start, end) || (straightSingles && IsStraightSingleOpener(text, i, start, end)))
                {
                    open = i;
                    opener = c;
                    single = c is '‘' or '\'';
                    straightSingle = c == '\'';
                    continuation = continuing && IsFirstMark(text, start, i);
                }

                continue;
            }

            if (c == '\'' && !straightSingle)
                continue;
            if (single)
            {
                if (straightSingle ? IsStraightSingleCloser(text, i, open, end) : c == '’' && (i + 1 >= end || !char.IsLetter(text[i + 1])) && i > open + 1)
                {
                    Add(text, open + 1, i, open, i, false, continuation, into);
                    open = -1;
                }
                else if (c is '“' or '"')
                {
                    // A double mark inside a single-quoted span: the single mark was an apostrophe after all.
                    open = i;
                    single = false;
                    straightSingle = false;
                }

                continue;
            }

            // «My grandfather used to say: “Whoever helps late, helps badly.” I would rather help early»: inside
            // guillemets, Italian and French copy quote with double marks; those are nested and stay part of it.
            if (opener == '«' && c != '»' && (nested || c is '“' or '"'))
            {
                nested = c == '“' || (c == '"' ? !nested : c != '”' && nested);
                continue;
            }

            // A reversed curly mark after the closing punctuation ("...here,“ said X") still closes.
            var reversedCloser = c == '“' && i > open + 1 && text[i - 1] is ',' or '.' or '!' or '?' && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]));
            var closes = opener switch
            {
                // „...“ (German) and „...” (Polish); »...« (Danish, German); ”...” (Swedish, Finnish).
                '„' => c is '“' or '”' or '"',
                '»' => c == '«',
                '”' => c is '”' or '"',
                _ => c is '”' or '»' || reversedCloser || (c == '"' && !LooksLikeOpener(text, i, start, end)),
            };
            if (closes)
            {
                Add(text, open + 1, i, open, i, false, continuation, into);
                open = -1;
            }
            else if ((c is '“' or '"' or '„' || (c == '«' && opener != '»')) && i > open + 1)
            {
                // Two openers in a row: the first mark was never closed. Keep the first quote up to its last sentence
                // end and start over here, so the rest of the paragraph is still read.
                var cut = LastSentenceEnd(text, open + 1, i);
                if (cut > open + 1)
                    Add(text, open + 1, cut, open, -1, false, continuation, into);
                open = i;
                opener = c;
                continuation = false;
            }
        }

        // A straight single mark never closed was an apostrophe ("the '90s", "rock 'n' roll"), not a quote.
        if (open < 0 || straightSingle)
            return false;
        var next = NextParagraphStart(text, end);
        next = NextParagraphStart(text, AfterBullet(text, next, text.Length));
        var reopens = next < text.Length && (text[next] is '“' or '"' or '«' or '„' or '»' or '”' || DashTurnsClose(text, open, end, next, opener));
        // A quote never closed but followed by its own attribution (""We will go, he said, adding ...") ends there.
        var attribution = reopens ? null : AttributionInside().Match(text, open + 1, end - open - 1);
        Add(text, open + 1, attribution is { Success: true } ? attribution.Index : end, open, -1, reopens && !single, continuation, into);
        return reopens && !single;
    }

    private static bool ClosesUnopened(string text, int i, int start, int end) =>
        text[i] is '"' or '”' && i > start + 1 && text[i - 1] is ',' or '?' or '!' && i + 2 < end && text[i + 1] == ' ' && char.IsLower(text[i + 2])
        && !AnyMarkBefore(text, start, i);

    // A quote mark between `start` and `i`; an apostrophe inside a word ("he's", "Ukraine’s") is none.
    private static bool AnyMarkBefore(string text, int start, int i)
    {
        for (var k = start; k < i; k++)
        {
            if (!Marks.Contains(text[k]))
                continue;
            if (text[k] is '\'' or '’' && k > start && char.IsLetter(text[k - 1]) && k + 1 < i && char.IsLetter(text[k + 1]))
                continue;
            return true;
        }

        return false;
    }

    // "'We cannot sail there,' he said", "coalition's 'gateway'": a straight single mark opens a quote after a space or at a
    // paragraph's start, before a letter; inside a word ("Warsaw's", "don't") it is an apostrophe.
    private static bool IsStraightSingleOpener(string text, int i, int paragraphStart, int end) =>
        text[i] == '\'' && (i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–')
        && i + 1 < end && char.IsLetter(text[i + 1]);

    // The mark after the quoted words closes when no letter follows, unless it ends a plural possessive before a
    // lower-case word ("the ministers' plan"). A possessive comes before what is owned, never before a function word:
    // "would need 'three times' the troops" closes.
    private static bool IsStraightSingleCloser(string text, int i, int open, int end)
    {
        if (text[i] != '\'' || i < open + 3 || char.IsWhiteSpace(text[i - 1]) || (i + 1 < end && char.IsLetterOrDigit(text[i + 1])))
            return false;
        var possessive = text[i - 1] == 's' && i + 2 < end && text[i + 1] == ' ' && char.IsLower(text[i + 2]) && !FunctionWordAt(text, i + 2, end);
        return !possessive;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOwned = new[]
    {
        "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "from", "with", "without", "as", "if", "over",
        "after", "before", "is", "are", "was", "were", "will", "would", "could", "should", "says", "said", "that", "than",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool FunctionWordAt(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && char.IsLetter(text[stop]))
            stop++;
        return NotOwned.Contains(text.AsSpan(start, stop - start));
    }

    private static bool IsDoubleOpener(string text, int i, int paragraphStart) =>
        text[i] is '“' or '«' or '„' || (text[i] == '"' && (i == paragraphStart || !char.IsLetterOrDigit(text[i - 1])));

    // »Denmark is ready,« he said: a right-pointing guillemet before a word, not after one, opens (a French closing »
    // follows the quoted words and a space).
    private static bool IsGuillemetOpener(string text, int i, int paragraphStart, int end) =>
        text[i] == '»' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && (i == paragraphStart || !char.IsLetterOrDigit(text[i - 1]))
        && text.AsSpan(i + 1, end - i - 1).Contains('«');

    // "”This is why it matters,” said X": a closing curly mark that opens its paragraph before a word opens a quote
    // (invisible formatting characters may come first); so does one after a space with another to close it later in
    // the paragraph, as Swedish and Finnish copy quote (sade att det var ”en tydlig signal”).
    private static bool IsReversedOpener(string text, int i, int paragraphStart, int end)
    {
        if (text[i] != '”' || i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))
            return false;
        if (i > paragraphStart && char.IsWhiteSpace(text[i - 1]) && text.AsSpan(i + 1, end - i - 1).Contains('”'))
            return true;
        for (var k = paragraphStart; k < i; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && char.GetUnicodeCategory(text[k]) != System.Globalization.UnicodeCategory.Format)
                return false;
        }

        return true;
    }

    // A straight mark preceded by a space and followed by a letter opens rather than closes: used only to detect a
    // quote that was never closed. "said "yes" and" has a closer followed by a space, so it is not affected.
    private static bool LooksLikeOpener(string text, int i, int start, int end) =>
        i > start && char.IsWhiteSpace(text[i - 1]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsFirstMark(string text, int start, int i) => text.AsSpan(AfterBullet(text, start, i), i - AfterBullet(text, start, i)).Trim().Length == 0;

    // "• "Europe has to do the heavy lifting," he said.": a list's bullet before a paragraph's first word is no text;
    // a quote there opens the paragraph as it would without it. Where the paragraph's words start, `start` when no
    // bullet stands there.
    internal static int AfterBullet(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        return i + 1 < end && text[i] is '•' or '●' or '▪' or '·' && text[i + 1] == ' ' ? i + 1 : start;
    }

    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = to - 1; i > from; i--)
        {
            if (text[i] is '.' or '!' or '?')
                return i + 1;
        }

        return -1;
    }

    private static int NextParagraphStart(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    // "—We will not improvise —the minister, Anna Quill, said in the chamber—. Spain will decide.": Spanish copy in
    // translation opens speech with a dash and sets the attribution off with two more; the words before and after it
    // are the quote. Only a paragraph that opens so and holds such an attribution with a speech verb is read this way:
    // a dash opening a list's line quotes no one.
    private static bool DashedDialogue(string text, int start, int end, List<QuotedSpan> into)
    {
        if (end - start < 8 || text[start] != '—' || !char.IsUpper(text[start + 1]))
            return false;
        var attribution = -1;
        for (var i = start + 2; i + 2 < end; i++)
        {
            if (text[i] == '—' && text[i - 1] == ' ' && char.IsLower(text[i + 1]))
            {
                attribution = i;
                break;
            }
        }

        var close = attribution < 0 ? -1 : text.IndexOf('—', attribution + 1, end - attribution - 1);
        if (close < 0 || !HoldsSpeechVerb(text, attribution + 1, close))
            return false;
        Add(text, start + 1, attribution, start, attribution, false, false, into);
        var rest = close + 1;
        while (rest < end && text[rest] is '.' or ',' or ' ')
            rest++;
        Add(text, rest, end, close, -1, false, false, into);
        return true;
    }

    // "– The constitution is clear – Anna Quill said, to laughter. – The rest is politics.": Polish, Czech, Russian and
    // Ukrainian copy in translation opens speech with a spaced dash and sets off the attribution with another; the
    // attribution runs to the paragraph's end, or to a dash after its full stop that opens more speech. Only a dash
    // whose next few words hold a speech verb ("– replied the minister", "– Quill pressed") attributes: a list's line
    // opening with a dash, or a dash inside a sentence ("– The quay – the oldest in Keston – will close."), quotes no one.
    private static bool SpacedDashDialogue(string text, int start, int end, List<QuotedSpan> into)
    {
        if (end - start < 8 || text[start] is not ('–' or '—') || text[start + 1] != ' ' || !char.IsUpper(text[start + 2]))
            return false;
        var attribution = -1;
        for (var i = start + 3; i + 2 < end; i++)
        {
            if (text[i] is '–' or '—' && text[i - 1] == ' ' && text[i + 1] == ' ' && HoldsSpeechVerb(text, i + 2, WordsEnd(text, i + 2, end, 4)))
            {
                attribution = i;
                break;
            }
        }

        if (attribution < 0)
            return false;
        var more = text.IndexOf(". " + text[start] + " ", attribution + 1, end - attribution - 1, StringComparison.Ordinal);
        Add(text, start + 2, attribution, start, attribution, false, false, into);
        if (more >= 0 && more + 4 < end && char.IsUpper(text[more + 4]))
            Add(text, more + 4, end, more + 2, -1, false, false, into);
        return true;
    }

    // «So will you send troops? / — If there is a ceasefire, yes. / — How many? / — Not tonight.»: French and other
    // European copy in translation sets an interview's exchange inside one quote, each turn after the first in its own
    // paragraph opened by a dash. A paragraph that opens so inside a quote still running is one turn, a quote part of
    // its own, its dash standing for the opening mark.
    private static bool DashTurn(string text, int start, int end, List<QuotedSpan> into)
    {
        if (!OpensWithDash(text, start, end))
            return false;
        var close = text.IndexOfAny(TurnClosers, start + 2, end - start - 2);
        var count = into.Count;
        Add(text, start + 2, close < 0 ? end : close, start, close, close < 0, true, into);
        if (into.Count == count)
            return false;
        // A turn whose quote runs on only continues when the next paragraph is a turn too.
        if (close < 0 && !OpensWithDash(text, NextParagraphStart(text, end), text.Length))
            into[^1] = into[^1] with { ContinuesNext = false };
        return true;
    }

    private static readonly char[] TurnClosers = ['»', '”', '"', '“'];

    private static bool OpensWithDash(string text, int start, int end) =>
        end - start > 3 && text[start] is '—' or '–' && text[start + 1] == ' ' && char.IsUpper(text[start + 2]);

    // The quote left open (at `open`, its paragraph ending at `end`) runs on into dash turns only when they open the
    // next paragraph, one of them closes it and a turn asks a question: a dash opening each line of a list after an
    // unclosed mark is no turn of an interview.
    private static bool DashTurnsClose(string text, int open, int end, int next, char opener)
    {
        if (opener is not ('«' or '“' or '"' or '„'))
            return false;
        var closer = opener == '«' ? '»' : opener == '„' ? '“' : '”';
        var asks = text.AsSpan(open + 1, end - open - 1).TrimEnd().EndsWith("?");
        for (var start = next; start < text.Length && OpensWithDash(text, start, text.Length);)
        {
            var stop = text.IndexOf('\n', start);
            if (stop < 0)
                stop = text.Length;
            var line = text.AsSpan(start, stop - start).TrimEnd();
            var closes = line.Contains(closer) || (opener is '"' or '„' && line.Contains('"')) || (opener == '„' && line.Contains('”'));
            asks |= line.TrimEnd(TurnClosers).EndsWith("?");
            if (closes)
                return asks;
            start = NextParagraphStart(text, stop);
        }

        return false;
    }

    // Where the first `words` words after `from` end (at most `end`).
    private static int WordsEnd(string text, int from, int end, int words)
    {
        var i = from;
        for (var seen = 0; i < end && seen < words; i++)
        {
            if (text[i] == ' ')
                seen++;
        }

        return i;
    }

    private static bool HoldsSpeechVerb(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsLower(text[i]) || (i > from && char.IsLetter(text[i - 1])))
                continue;
            var word = i;
            while (word < to && char.IsLetter(text[word]))
                word++;
            if (SpeechVerbs.IsSpeech(text.AsSpan(i, word - i)))
                return true;
            i = word;
        }

        return false;
    }

    private static void Add(string text, int start, int end, int openMark, int closeMark, bool continuesNext, bool isContinuation, List<QuotedSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
            end--;
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(Punctuation))
            into.Add(new QuotedSpan(start, end, openMark, closeMark, continuesNext, isContinuation));
    }

    // ", he said", ", Tomas Brenn said", ", foreign ministry spokeswoman Anna Quill said", ", the minister said", ", said Brenn".
    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:(?:he|she|they|(?:[a-z]+\s+){0,3}[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added|adds|told|insisted|warned)|(?:said|says|added)\s+(?:[A-Z]|the\s|a\s))\b")]
    private static partial System.Text.RegularExpressions.Regex AttributionInside();
}
