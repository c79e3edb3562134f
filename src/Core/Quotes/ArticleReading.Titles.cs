using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Titles of works and programmes in quotation marks: names, not anyone's words.</summary>
internal sealed partial class ArticleReading
{
    // "the TLC reality show "Cake Boss"", "her memoir, "Tough Choices"": a noun for a work right before its name.
    private static readonly FrozenSet<string> WorkNouns = new[]
    {
        "show", "shows", "programme", "program", "podcast", "book", "memoir", "film", "movie", "series", "album", "song", "play", "musical",
        "novel", "documentary", "sitcom", "column", "episode", "broadcast", "newsletter", "pseudonym", "nickname", "moniker", "alias",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "a star of "Orange is the New Black"", "appeared on "Fox and Friends"", "an interview with "Fox News Sunday"": a
    // part in a work or an appearance on a programme.
    private static readonly FrozenSet<string> WorkLinks = new[]
    {
        "star of", "host of", "co-host of", "author of", "co-author of", "creator of", "anchor of", "cast of", "starred in", "starring in",
        "stars in", "role in", "roles in", "acting in", "appeared on", "appearing on", "appears on", "appearance on", "interview on",
        "interview with", "interviews with",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "the "Cake Boss" star", "the "Morning Joe" host": a part in the work named before it.
    private static readonly FrozenSet<string> WorkRoles = new[]
    {
        "star", "stars", "host", "hosts", "actor", "actress", "creator", "author", "anchor", "producer",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words a title leaves in lower case.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleMinorWords = new[]
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "with", "to", "in", "on", "for", "at", "by", "from", "as", "is", "vs",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "told "Meet the Press"", "said on CNN's "State of the Union"": a quoted name in title case after a word that
    // announces a work or programme (as "so-called" announces a scare quote) is a title, even when long.
    private bool IsTitle(int q)
    {
        var span = _spans[q];
        if (!IsTitleCase(span.Start, span.End))
            return false;
        if (q > 0 && InListAfter(q) && IsTitle(q - 1))
            return true;
        // ""Orange is the New Black" star Selenis Leyva": a part in the work named right after it.
        if (span.CloseMark >= 0 && WorkRoles.Contains(WordAfter(span.CloseMark + 1)))
            return true;
        var (word, start) = WordBefore(span.OpenMark);
        if (word.Length == 0)
            return false;
        if (WorkNouns.Contains(word) || word is "on" or "On" or "told")
            return true;
        // "The report, "A Quay Worth Keeping", was written by ...": a title-case quote after a publication's noun names it.
        if (CueFinder.IsPublication(word))
            return true;
        var (previous, previousStart) = WordBefore(start);
        // "on CNN's "State of the Union"", "host of MSNBC's "Morning Joe"": the network owns the programme.
        if (CueFinder.IsPossessive(word) && char.IsUpper(word[0]))
        {
            for (var names = 0; names < 3 && previous.Length > 0 && char.IsUpper(previous[0]) && previous is not "On"; names++)
                (previous, previousStart) = WordBefore(previousStart);
            return previous is "on" or "On" or "told" or "with" or "for" || IsWorkLink(WordBefore(previousStart).Word, previous);
        }

        return IsWorkLink(previous, word);
    }

    private static bool IsWorkLink(string first, string second) =>
        first.Length > 0 && second.Length > 0 && WorkLinks.Contains(string.Concat(first, " ", second));

    // The lower-case word that starts at offset, past spaces; empty when none does.
    private string WordAfter(int offset)
    {
        var start = offset;
        while (start < _text.Length && _text[start] is ' ' or '\u00a0')
            start++;
        var end = start;
        while (end < _text.Length && char.IsLower(_text[end]))
            end++;
        return _text[start..end];
    }

    // "roles in "Apollo 13," "Parks and Recreation" and "Veep"": only a comma or "and" stands between this quote and the
    // one before, so it is the next item of the same list.
    private bool InListAfter(int q)
    {
        var previous = _spans[q - 1];
        if (previous.CloseMark < 0)
            return false;
        var between = _text.AsSpan(previous.CloseMark + 1, _spans[q].OpenMark - previous.CloseMark - 1).Trim();
        return between is "," or "and" or ", and" or "or" or ", or" || between.IsEmpty;
    }

    // Every word capitalised but the small ones, the first one too; words in capitals only are a shout, not a title.
    private bool IsTitleCase(int start, int end)
    {
        var any = false;
        var lower = false;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetterOrDigit(_text[i]) || (i > start && char.IsLetterOrDigit(_text[i - 1])) || (i > start && _text[i - 1] is '\'' or '’' or '-'))
                continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(_text[wordEnd]))
                wordEnd++;
            var word = _text.AsSpan(i, wordEnd - i);
            if (char.IsLower(_text[i]) && (!any || !TitleMinorWords.Contains(word)))
                return false;
            lower |= word.Length > 1 && word[1..].ContainsAnyInRange('a', 'z');
            any = true;
        }

        return any && lower;
    }

    // The word that ends before offset (past spaces, no-break ones too, and a comma), and where it starts; empty at a
    // line's start.
    private (string Word, int Start) WordBefore(int offset)
    {
        var end = offset;
        while (end > 0 && _text[end - 1] is ' ' or '\u00a0' or ',')
            end--;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(_text[start - 1]) || _text[start - 1] is '\'' or '’' or '-' or '.'))
            start--;
        return (_text[start..end], start);
    }
}
