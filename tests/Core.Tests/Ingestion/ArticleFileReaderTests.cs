using System.Text;
using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Tests.Ingestion;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsbot-reader-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Read_TextWithMarkupAndBoilerplate_KeepsHeadlineAndBodyOnly()
    {
        var content = "\n<div class=\"byline\">By Staff Reporter</div>\n<p><strong>Allies agree plan for Ukraine force\n" +
            "Defence ministers met in Paris on Tuesday.\n\"We are ready,\" the minister said.\nShare this article\n© 2025 Example Media. All rights reserved.\n\n\n";
        var path = Write("a.txt", content);

        var result = Assert.Single(ArticleFileReader.Read(path));

        Assert.False(result.Failed);
        var article = Assert.Single(result.Articles);
        Assert.Equal("Allies agree plan for Ukraine force", article.Title);
        Assert.Equal("Defence ministers met in Paris on Tuesday.\n\"We are ready,\" the minister said.", article.Text);
        // The body is a slice of the file, so offsets in it map back to the file.
        Assert.Equal(article.Text, content.Substring(article.TextOffset, article.Text.Length));
    }

    [Fact]
    public void Read_JsonLinesWithOneBrokenLine_ReadsTheOthersAndNamesTheBrokenOne()
    {
        var path = Write("set.jsonl",
            "{\"id\":\"x1\",\"title\":\"One\",\"text\":\"First body.\"}\n{not json\n{\"id\":\"x3\",\"title\":\"Three\",\"text\":\"Third body.\"}\n");

        var results = ArticleFileReader.Read(path);

        Assert.Equal(3, results.Count);
        Assert.Equal(["x1", "x3"], results.Where(r => !r.Failed).SelectMany(r => r.Articles).Select(a => a.Id));
        var failure = Assert.Single(results, r => r.Failed);
        Assert.Equal($"{path}:2", failure.Origin);
        Assert.False(string.IsNullOrWhiteSpace(failure.Error));
    }

    [Fact]
    public void Read_JsonArray_ReadsEveryArticleWithItsFields()
    {
        var path = Write("two.json",
            "[{\"title\":\"A\",\"text\":\"Body A.\",\"url\":\"https://example.org/a?x=1\",\"published\":\"2025-03-12T08:00:00Z\",\"source\":\"Example\"}," +
            "{\"title\":\"B\",\"html\":\"<p>Body <b>B</b>.</p>\"}]");

        var articles = ArticleFileReader.Read(path).SelectMany(r => r.Articles).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal(new Uri("https://example.org/a?x=1"), articles[0].Url);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal("Example", articles[0].Source);
        Assert.Equal("Body B.", articles[1].Text);
    }

    [Theory]
    [InlineData("empty.txt", "\n\n  \n", "no text")]
    [InlineData("nobody.json", "{\"title\":\"x\"}", "no \"text\"")]
    [InlineData("bad.json", "{\"title\": ", "")]
    public void Read_UnusableFile_FailsWithAReason(string name, string content, string reason)
    {
        var path = Write(name, content);

        var result = Assert.Single(ArticleFileReader.Read(path));

        Assert.True(result.Failed);
        Assert.Equal(path, result.Origin);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_FailsInsteadOfGuessing()
    {
        var path = Path.Combine(_folder.FullName, "latin1.txt");
        File.WriteAllBytes(path, [0x48, 0x65, 0x61, 0x64, 0x0A, 0xE9, 0x74, 0xE9, 0x0A]);

        var result = Assert.Single(ArticleFileReader.Read(path));

        Assert.True(result.Failed);
        Assert.Contains("cannot read", result.Error, StringComparison.Ordinal);
    }
}
