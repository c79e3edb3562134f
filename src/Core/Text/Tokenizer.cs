using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Splits text into lower-case word tokens with their offsets, folding diacritics ("Sébastien" -> "sebastien")
/// and typographic apostrophes. Hyphenated words yield their parts ("cease-fire" -> "cease", "fire").
/// </summary>
public static class Tokenizer
{
    /// <summary>The word tokens of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    /// <summary>The word tokens of <paramref name="text"/> in [<paramref name="from"/>, <paramref name="to"/>), offsets into the whole text.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, text.Length);
        // Sized for English prose (a word and its space run to about six characters), so the list rarely regrows.
        var tokens = new List<Token>((to - from) / 6 + 1);
        var i = from;
        while (NextWord(text, ref i, to, out var start))
            tokens.Add(new Token(Fold(text.AsSpan(start, i - start)), start, i));
        return tokens;
    }

    /// <summary>
    /// Finds the next word at or after <paramref name="i"/> and before <paramref name="to"/>: letters and digits,
    /// with apostrophes inside a word ("don't"). Moves <paramref name="i"/> past it; false when no word is left.
    /// The one definition of a word that tokens and analysed texts share.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool NextWord(string text, ref int i, int to, out int start)
    {
        while (i < to && !char.IsLetterOrDigit(text[i]))
            i++;
        start = i;
        if (i >= to)
            return false;
        while (i < to && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
            i++;
        return true;
    }

    /// <summary>Lower-cases and strips diacritics and apostrophes, so spelling variants meet.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        // Fast path: plain ASCII words (nearly all of English news) need only lower-casing, in one allocation.
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 128 || c == '\'')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
            return string.Create(word.Length, word, static (target, source) => source.ToLowerInvariant(target));
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c < 128)
            {
                if (c != '\'')
                    builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (c is '’' or '‘')
                continue;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    builder.Append(char.ToLowerInvariant(d));
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the apostrophe at <paramref name="i"/> stands between two letters ("Britain's") and so belongs to the word.</summary>
    internal static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
