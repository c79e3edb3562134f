using NewsBot.Core.Keywords;

namespace NewsBot.Core.Tests.Keywords;

public sealed class TopicProfileLoaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    private TopicProfile Load(string gender)
    {
        File.WriteAllText(_path, $$"""
            { "name": "p", "threshold": 2, "terms": [ { "text": "harbour", "weight": 2 } ],
              "entities": [ { "name": "Ivo Marek", "kind": "person", "gender": {{gender}}, "weight": 0 } ] }
            """);
        return TopicProfileLoader.LoadFile(_path);
    }

    [Fact]
    public void LoadFile_PersonWithAGender_KeepsIt()
    {
        Assert.Equal("male", Load("\"male\"").Entities[0].Gender);
    }

    [Fact]
    public void LoadFile_GenderNeitherMaleNorFemale_NamesTheEntityAndTheKey()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("\"m\""));

        Assert.Contains("Ivo Marek", error.Message, StringComparison.Ordinal);
        Assert.Contains("gender", error.Message, StringComparison.Ordinal);
    }
}
