using System.Globalization;
using NewsBot.Core.Articles;

namespace NewsBot.Soak;

/// <summary>A deterministic feed: <c>count</c> distinct articles spread evenly over a period, about a third on the coalition topic.</summary>
internal static class FeedGenerator
{
    private static readonly string[] Speakers = ["Alina Moreau", "Tomas Berg", "Priya Nair", "Owen Clarke", "Lena Vogt", "Marek Nowak"];
    private static readonly string[] Roles = ["the defence minister", "a senior diplomat", "the foreign secretary", "an army spokesman"];
    private static readonly string[] OnTopic = [
        "The coalition of the willing met again to discuss security guarantees for Ukraine.",
        "European troops could be deployed to Ukraine after a ceasefire, officials said.",
        "The multinational force would be led from a headquarters in Paris and London.",
    ];
    private static readonly string[] OffTopic = [
        "The city council approved a new budget for road repairs.",
        "Local farmers reported a strong harvest despite the dry summer.",
        "The museum opened an exhibition of early photography.",
    ];

    public static IEnumerable<Article> Generate(int count, DateTimeOffset start, TimeSpan span, int seed = 42)
    {
        var random = new Random(seed);
        var step = span / count;
        for (var i = 0; i < count; i++)
        {
            var relevant = i % 3 == 0;
            var lines = relevant ? OnTopic : OffTopic;
            var speaker = Speakers[random.Next(Speakers.Length)];
            var text = string.Join('\n',
                lines[random.Next(lines.Length)],
                string.Create(CultureInfo.InvariantCulture, $"\"We will keep our word on item {i}, whatever the pressure,\" said {speaker}, {Roles[random.Next(Roles.Length)]}."),
                lines[random.Next(lines.Length)],
                string.Create(CultureInfo.InvariantCulture, $"Report number {i} was filed at {random.Next(100000)} with details that make it unique."));
            var published = start + step * i;
            yield return new Article(
                string.Create(CultureInfo.InvariantCulture, $"soak-{i:D5}"),
                string.Create(CultureInfo.InvariantCulture, $"{(relevant ? "Coalition talks" : "Local news")} update {i}"),
                text,
                new Uri(string.Create(CultureInfo.InvariantCulture, $"https://soak.example.org/{i}")),
                published,
                "Soak Wire",
                string.Create(CultureInfo.InvariantCulture, $"https://soak.example.org/feed/{i}"));
        }
    }
}
