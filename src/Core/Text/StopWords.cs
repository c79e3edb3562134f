namespace NewsBot.Core.Text;

/// <summary>English function words that carry no topic.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
        "says", "say", "told", "mr", "mrs", "ms", "one", "two", "new", "last", "next", "year", "years", "week", "may",
        "might", "must", "shall", "many", "much", "well", "even", "still", "yet", "since", "per", "via", "however",
        "according", "around", "across", "among", "within", "without", "upon", "whether", "though", "although",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "s", "t", "don", "let", "like",
    };

    /// <summary>True for a folded function word.</summary>
    public static bool Contains(string folded) => Words.Contains(folded);
}
