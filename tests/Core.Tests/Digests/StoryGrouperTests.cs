using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

public sealed class StoryGrouperTests
{
    [Fact]
    public void Group_SameEventFromTwoOutlets_IsOneStoryWithBoth()
    {
        var a = TestArticles.Make(1, "Healey and Lecornu agree reassurance force headquarters in Paris",
            "Defence ministers agreed a reassurance force headquarters in Paris.", ["reassurance force", "headquarters", "Paris"], source: "Outlet A");
        var b = TestArticles.Make(2, "Paris to host reassurance force headquarters, Healey and Lecornu say",
            "The reassurance force headquarters will be in Paris, ministers said.", ["reassurance force headquarters", "Paris"], source: "Outlet B");
        var other = TestArticles.Make(3, "Kremlin rejects talk of European troops in Ukraine",
            "Moscow said European troops would be a legitimate target.", ["European troops", "Kremlin"], source: "Outlet C");

        var stories = StoryGrouper.Group([a, b, other]);

        Assert.Equal(2, stories.Count);
        var paris = Assert.Single(stories, s => s.Articles.Count == 2);
        Assert.Equal([1L, 2L], paris.Articles.Select(x => x.Key).Order());
    }

    [Fact]
    public void Group_SameStoryKey_GroupsEvenWithDifferentWords()
    {
        var a = TestArticles.Make(1, "Ministers meet", "One text.", ["alpha"], storyKey: 7);
        var b = TestArticles.Make(2, "Completely different headline", "Another text.", ["omega"], storyKey: 7);

        var story = Assert.Single(StoryGrouper.Group([a, b]));

        Assert.Equal(2, story.Articles.Count);
    }

    [Fact]
    public void Group_LeadIsTheMostRelevantArticle()
    {
        var weak = TestArticles.Make(1, "Reassurance force plan", "Text.", ["reassurance force plan"], score: 9, storyKey: 5);
        var strong = TestArticles.Make(2, "Reassurance force plan agreed", "Text.", ["reassurance force plan"], score: 20, storyKey: 5);

        var story = Assert.Single(StoryGrouper.Group([weak, strong]));

        Assert.Equal(2, story.Lead.Key);
    }

    [Fact]
    public void Group_MoreOutletsAndNewer_RankFirst()
    {
        var single = TestArticles.Make(1, "Backstop debate in Washington", "Text.", ["US backstop"], score: 12, hoursAgo: 1);
        var many1 = TestArticles.Make(2, "Troop pledges reach ten nations", "Text.", ["troop pledges"], score: 10, source: "A", storyKey: 9);
        var many2 = TestArticles.Make(3, "Ten nations pledge troops", "Text.", ["troop pledges"], score: 10, source: "B", storyKey: 9);
        var many3 = TestArticles.Make(4, "Troop pledges grow", "Text.", ["troop pledges"], score: 10, source: "C", storyKey: 9);
        var old = TestArticles.Make(5, "Old summit recap", "Text.", ["summit"], score: 12, hoursAgo: 96);

        var stories = StoryGrouper.Group([single, many1, many2, many3, old]);

        Assert.Equal([2L, 1L, 5L], stories.Select(s => s.Lead.Key));
    }

    [Fact]
    public void Group_Empty_IsEmpty()
    {
        Assert.Empty(StoryGrouper.Group([]));
    }
}
