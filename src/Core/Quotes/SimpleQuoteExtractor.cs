using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Quotes;

/// <summary>
/// First-version extractor: direct quotes in straight or curly marks with a named or pronoun speaker in the same
/// paragraph, partial quotes inside reported speech, and continuation paragraphs. Speakers are resolved to the
/// longest name the article used for them ("Mr Healey" -> "John Healey").
/// </summary>
public sealed partial class SimpleQuoteExtractor : IQuoteExtractor
{
    private const string Name = @"(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.))*";
    private const string Verbs = "said|says|added|told|stressed|warned|insisted|explained|argued|declared|announced|noted";

    /// <inheritdoc />
    public IReadOnlyList<Quote> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var names = new List<(string Name, int At)>();
        foreach (Match m in FullName().Matches(text))
            names.Add((m.Value, m.Index));
        var quotes = new List<Quote>();
        string? lastSpeaker = null;
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var end = text.IndexOf('\n', paragraphStart);
            if (end < 0)
                end = text.Length;
            lastSpeaker = ExtractParagraph(text, paragraphStart, end, names, lastSpeaker, quotes);
            paragraphStart = end + 1;
        }

        return quotes;
    }

    private static string? ExtractParagraph(string text, int start, int end, List<(string Name, int At)> names, string? lastSpeaker, List<Quote> into)
    {
        var spans = QuoteSpans(text, start, end);
        if (spans.Count == 0)
            return lastSpeaker;
        var outside = Outside(text, start, end, spans);
        var speaker = FindSpeaker(outside, text, start, names);
        var continuation = speaker is null && spans[0].Start - start <= 1;
        var resolved = speaker ?? (continuation ? lastSpeaker : null);
        if (resolved is null)
            return lastSpeaker;
        foreach (var (qs, qe) in spans)
        {
            var words = text[qs..qe].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var isWholeSentence = words >= 4;
            var hasVerb = SpeechVerb().IsMatch(outside);
            if (!isWholeSentence && !hasVerb)
                continue; // scare quotes: a term in marks with no one saying it
            var kind = isWholeSentence && (qs - start <= 1 || text[qs - 2] is ':' or ',' || outside.Trim().Length < 40 + (qe - qs) / 3)
                ? QuoteKind.Direct : isWholeSentence ? QuoteKind.Direct : QuoteKind.Partial;
            into.Add(new Quote(resolved, null, text[qs..qe], kind, qs, qe));
        }

        return resolved;
    }

    private static List<(int Start, int End)> QuoteSpans(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var opening = c == '“' || c == '"' && open < 0 && (i == start || !char.IsLetterOrDigit(text[i - 1]));
            var closing = c == '”' || c == '"' && open >= 0;
            if (open < 0 && opening)
                open = i + 1;
            else if (open >= 0 && closing)
            {
                if (i > open)
                    spans.Add((open, i));
                open = -1;
            }
        }

        // A quote left open at the paragraph's end continues in the next paragraph: keep this part.
        if (open >= 0 && end > open)
            spans.Add((open, TrimEnd(text, open, end)));
        return spans;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
    }

    private static string Outside(string text, int start, int end, List<(int Start, int End)> spans)
    {
        var parts = new List<string>();
        var at = start;
        foreach (var (s, e) in spans)
        {
            parts.Add(text[at..Math.Max(at, s - 1)]);
            at = Math.Min(end, e + 1);
        }

        parts.Add(text[at..end]);
        return string.Join(" … ", parts);
    }

    private static string? FindSpeaker(string outside, string text, int paragraphStart, List<(string Name, int At)> names)
    {
        var after = VerbThenName().Match(outside);
        if (after.Success)
            return Canonical(after.Groups["name"].Value, names);
        var before = NameThenVerb().Match(outside);
        if (before.Success)
        {
            var who = before.Groups["name"].Value;
            return IsPronoun(who) ? LastPerson(text, paragraphStart, names) : Canonical(who, names);
        }

        return null;
    }

    private static bool IsPronoun(string word) => word is "he" or "she" or "He" or "She";

    private static string? LastPerson(string text, int before, List<(string Name, int At)> names)
    {
        for (var i = names.Count - 1; i >= 0; i--)
        {
            if (names[i].At < before && names[i].Name.Contains(' ', StringComparison.Ordinal))
                return Canonical(names[i].Name, names);
        }

        return null;
    }

    private static string Canonical(string name, List<(string Name, int At)> names)
    {
        var surname = name.Split(' ')[^1];
        var full = names.Select(n => n.Name)
            .Where(n => n.EndsWith(" " + surname, StringComparison.Ordinal) && !n.StartsWith("Mr", StringComparison.Ordinal))
            .OrderBy(n => n.Length)
            .LastOrDefault();
        return StripTitles(full ?? name);
    }

    private static string StripTitles(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 2 && char.IsUpper(words[0][0]) && TitleWord().IsMatch(words[0]))
            words.RemoveAt(0);
        if (words.Count > 1 && words[0] is "Mr" or "Mrs" or "Ms" or "Dr")
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\b(?:said|says|added|told|stressed|warned|insisted|explained|argued|declared|announced|noted)\b")]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"(?:" + Verbs + @")\s+(?:\p{Ll}+\s+)*(?<name>" + Name + ")")]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"(?<name>" + Name + @"|\b[Hh]e\b|\b[Ss]he\b)(?:,[^,]{3,80},)?\s+(?:" + Verbs + @")\b")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"\b[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)+")]
    private static partial Regex FullName();

    [GeneratedRegex(@"^(?:Defence|Defense|Foreign|Prime|Secretary|Minister|President|Chancellor|Spokesman|Spokeswoman|General|Gen|French|British|US|UK|Russian|Ukrainian|German|Finnish|Italian|Polish|State|Kremlin|Deputy|Chief|Senator)$")]
    private static partial Regex TitleWord();
}
