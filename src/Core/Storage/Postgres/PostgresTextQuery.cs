using NewsBot.Core.Text;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>
/// User words as a tsquery: the words (stop words dropped) AND-ed through plainto_tsquery and an exact phrase through
/// phraseto_tsquery, both folded the way the stored vectors are and always passed as parameters, never as SQL.
/// </summary>
internal static class PostgresTextQuery
{
    /// <summary>The tsquery expression and its parameters, or null when nothing searchable remains.</summary>
    public static (string Sql, (string, object?)[] Parameters)? From(string? words, string? phrase = null)
    {
        var parts = new List<string>();
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(words))
        {
            var terms = Tokenizer.Tokenize(words).Select(t => t.Value).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count > 0)
            {
                parts.Add("plainto_tsquery('english', @tq_words)");
                parameters.Add(("tq_words", string.Join(' ', terms)));
            }
        }

        if (!string.IsNullOrWhiteSpace(phrase))
        {
            var folded = SpeakerNames.Fold(phrase);
            if (folded.Length > 0)
            {
                parts.Add("phraseto_tsquery('english', @tq_phrase)");
                parameters.Add(("tq_phrase", folded));
            }
        }

        return parts.Count == 0 ? null : ("(" + string.Join(" && ", parts) + ")", parameters.ToArray());
    }

    /// <summary>The search vector SQL for a weighted pair of folded texts given as parameters @a and @b.</summary>
    public static string Vector(string first, string second) =>
        $"setweight(to_tsvector('english', {first}), 'A') || setweight(to_tsvector('english', {second}), 'B')";
}
