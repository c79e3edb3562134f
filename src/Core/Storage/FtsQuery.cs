using NewsBot.Core.Text;

namespace NewsBot.Core.Storage;

/// <summary>
/// Turns user words into a safe full-text query: each word becomes a quoted term (so no user input is ever FTS
/// syntax), words are AND-ed, and an exact phrase stays a phrase.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 MATCH expression, or null when nothing searchable remains.</summary>
    public static string? From(string? words, string? phrase = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(words))
        {
            parts.AddRange(Tokenizer.Tokenize(words).Select(t => t.Value).Where(w => !StopWords.Contains(w)).Distinct().Select(w => $"\"{w}\""));
        }

        if (!string.IsNullOrWhiteSpace(phrase))
        {
            var tokens = Tokenizer.Tokenize(phrase).Select(t => t.Value).ToList();
            if (tokens.Count > 0)
                parts.Add($"\"{string.Join(' ', tokens)}\"");
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }
}
