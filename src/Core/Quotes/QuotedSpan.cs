namespace NewsBot.Core.Quotes;

/// <summary>
/// Words between quotation marks: <see cref="Start"/>..<see cref="End"/> are the words only (marks, edge spaces and a
/// trailing comma trimmed). <see cref="ContinuesNext"/> marks a quote left open at its paragraph's end whose next
/// paragraph opens again (the press convention for a quote over several paragraphs); <see cref="IsContinuation"/>
/// marks that next part.
/// </summary>
internal readonly record struct QuotedSpan(int Start, int End, int OpenMark, int CloseMark, bool ContinuesNext, bool IsContinuation)
{
    /// <summary>The number of words quoted.</summary>
    public int Words(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = Start; i < End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }
}
