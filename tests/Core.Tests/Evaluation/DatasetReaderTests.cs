using NewsBot.Core.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

public sealed class DatasetReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder, "set.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void ReadRelevance_LabelledAndUnlabelledLines_ReadRelevantAndSplit()
    {
        var path = Write(
            """{"id": "r1", "title": "T", "text": "Body", "relevant": true, "split": "heldout", "note": "ignored"}""",
            "",
            """{"id": 7, "title": "Off", "text": "Other"}""");

        var items = DatasetReader.ReadRelevance(path).ToList();

        Assert.Equal(new RelevanceItem("r1", "T", "Body", true, "heldout"), items[0]);
        Assert.Equal(new RelevanceItem("7", "Off", "Other", false, null), items[1]);
    }

    [Fact]
    public void ReadRelevance_BadLine_NamesFileAndLine()
    {
        var path = Write("""{"id": "ok", "text": "x"}""", "{not json");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.ReadRelevance(path).ToList());

        Assert.Contains(path + ":2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadKeyphrases_MissingArray_IsAnError()
    {
        var path = Write("""{"id": "d1", "text": "x"}""");

        Assert.Throws<InvalidDataException>(() => DatasetReader.ReadKeyphrases(path).ToList());
    }

    [Theory]
    // Wire copy: wrapped lines join, an indented line starts a paragraph.
    [InlineData("Oil spilled\nacross the sound.\n   The slick grew.", "Oil spilled across the sound.\nThe slick grew.")]
    // Blank lines separate paragraphs.
    [InlineData("First para.\n\nSecond para.", "First para.\nSecond para.")]
    [InlineData("", "")]
    public void ToParagraphLines_WrappedText_GivesOneParagraphPerLine(string text, string expected)
    {
        Assert.Equal(expected, DatasetReader.ToParagraphLines(text));
    }
}
