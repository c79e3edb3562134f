namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>Splits text into pieces of at most a given length at white space, never inside a word when it can help it.</summary>
internal static class TextSplitter
{
    public static IEnumerable<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOfAny([' ', '\n', '\t'], max);
            if (cut <= 0)
            {
                // One "word" longer than the limit (a pasted hash, a giant URL): cut it, but not between a surrogate pair.
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
                yield return rest[..cut];
                rest = rest[cut..].TrimStart();
                continue;
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[(cut + 1)..].TrimStart();
        }

        if (rest.Length > 0)
            yield return rest;
    }

    /// <summary><paramref name="text"/> cut at a word boundary to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var piece = Split(text, max - 1).First();
        return piece + "…";
    }
}
