namespace NewsBot.Core.Quotes;

/// <summary>Small reads over a sentence's pieces that the cue rules share.</summary>
internal static partial class CueFinder
{
    private static bool HasCueAt(List<Cue> cues, int v)
    {
        foreach (var cue in cues)
        {
            if (cue.Verb == v)
                return true;
        }

        return false;
    }

    // The words of a phrase joined by single spaces: one more than its spaces.
    private static int WordCount(string text) => text.AsSpan().Count(' ') + 1;

    // The index of the first piece starting at or after offset; -1 when none does.
    private static int Index(List<Piece> p, int offset)
    {
        for (var i = 0; i < p.Count; i++)
        {
            if (p[i].Start >= offset)
                return i;
        }

        return -1;
    }

    /// <summary>The texts of p[first..last] joined by single spaces.</summary>
    public static string Join(List<Piece> p, int first, int last)
    {
        if (first == last)
            return p[first].Text;
        var length = last - first;
        for (var k = first; k <= last; k++)
            length += p[k].Text.Length;
        return string.Create(length, (p, first, last), static (span, state) =>
        {
            var (pieces, from, to) = state;
            var at = 0;
            for (var k = from; k <= to; k++)
            {
                if (k > from)
                    span[at++] = ' ';
                pieces[k].Text.CopyTo(span[at..]);
                at += pieces[k].Text.Length;
            }
        });
    }

    private static bool AnyCapitalised(List<Piece> p, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (p[k].IsCapitalised)
                return true;
        }

        return false;
    }

    private static bool AllCapitalised(List<Piece> p, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!p[k].IsCapitalised)
                return false;
        }

        return true;
    }

    private static bool AnyNameOrHead(List<Piece> p, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (p[k].IsCapitalised || NameLexicon.UnnamedHeads.Contains(p[k].Text))
                return true;
        }

        return false;
    }
}
