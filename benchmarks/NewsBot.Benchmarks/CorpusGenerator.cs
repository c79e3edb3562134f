using System.Globalization;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks;

/// <summary>
/// A reproducible synthetic news corpus: articles assembled from fixed sentence templates with a seeded random
/// generator, so every run measures the same text. A third of the articles are on the coalition topic, with quotes.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Speakers = ["John Healey", "Sébastien Lecornu", "Keir Starmer", "Emmanuel Macron", "a senior official"];
    private static readonly string[] Places = ["Paris", "London", "Kyiv", "Brussels", "Berlin", "Warsaw", "Rome"];
    private static readonly string[] Topics = ["the reassurance force", "security guarantees for Ukraine", "the ceasefire talks", "the US backstop", "air cover over Ukraine"];
    private static readonly string[] Fillers = ["the council budget", "the football season", "rail fares", "the housing market", "a new hospital wing"];

    /// <summary><paramref name="count"/> articles of about <paramref name="words"/> words each, the same for the same seed.</summary>
    public static IReadOnlyList<Article> Generate(int count, int words = 600, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var onTopic = i % 3 == 0;
            var subject = onTopic ? Pick(random, Topics) : Pick(random, Fillers);
            var text = new StringBuilder();
            while (CountWords(text) < words)
                text.Append(Sentence(random, subject, onTopic)).Append(random.Next(4) == 0 ? '\n' : ' ');
            var id = i.ToString("D5", CultureInfo.InvariantCulture);
            articles.Add(new Article(
                $"bench-{id}",
                $"{Pick(random, Places)} leaders discuss {subject}",
                text.ToString().Trim(),
                new Uri($"https://news.example/{id}"),
                start.AddMinutes(i * 7),
                $"Outlet {i % 9}"));
        }

        return articles;
    }

    private static string Sentence(Random random, string subject, bool onTopic) => random.Next(onTopic ? 6 : 5) switch
    {
        0 => $"Officials in {Pick(random, Places)} met on Tuesday to discuss {subject}, according to people familiar with the talks.",
        1 => $"The U.S. delegation said progress on {subject} was slower than expected, and Mr. Smith declined to comment.",
        2 => $"Ministers from {random.Next(3, 30)} countries are expected to attend, with a further meeting planned for No. 10 next month.",
        3 => $"Figures published on Monday showed a rise of {random.Next(1, 9)}.{random.Next(10)} per cent, the highest since 2019.",
        4 => $"Critics argue that {subject} has been poorly explained to voters... Others disagree — strongly.",
        _ => $"\"We are ready to play our part in {subject},\" {Pick(random, Speakers)} said. \"Nobody should doubt our resolve.\"",
    };

    private static int CountWords(StringBuilder text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
                count++;
        }

        return count;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
