using NewsBot.Core.Storage;
using static NewsBot.Core.Tests.Storage.StoreTestData;

namespace NewsBot.Core.Tests.Storage;

/// <summary>
/// The storage contract, run against every implementation by a sealed subclass that says how to make an empty
/// database and open a store on it. "Restart" means a new store instance on the same database.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private readonly List<INewsDatabase> _opened = [];
    private string _location = "";

    /// <summary>The store under test, migrated.</summary>
    protected INewsDatabase Store { get; private set; } = null!;

    private static CancellationToken Ct => CancellationToken.None;

    /// <summary>Creates an empty database and returns where it is.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Opens a store on the database at <paramref name="location"/> (not yet migrated).</summary>
    protected abstract INewsDatabase Open(string location);

    /// <summary>Removes what <see cref="CreateDatabaseAsync"/> made.</summary>
    protected virtual Task DeleteDatabaseAsync(string location) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _location = await CreateDatabaseAsync();
        Store = await RestartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            if (store is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }

        await DeleteDatabaseAsync(_location);
    }

    /// <summary>A new store instance on the same database, as after a restart (or another bot instance).</summary>
    protected async Task<INewsDatabase> RestartAsync(string? location = null)
    {
        var store = Open(location ?? _location);
        _opened.Add(store);
        await store.MigrateAsync(Ct);
        return store;
    }

    [Fact]
    public async Task MigrateAsync_AgainAndOnNewInstance_KeepsData()
    {
        await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget."), Ct);

        await Store.MigrateAsync(Ct);
        var restarted = await RestartAsync();

        Assert.Equal(1, (await restarted.GetStatisticsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task MigrateAsync_SeveralInstancesAtOnce_AllSucceedOnFreshDatabase()
    {
        var location = await CreateDatabaseAsync();
        try
        {
            var stores = Enumerable.Range(0, 4).Select(_ => Open(location)).ToList();
            _opened.AddRange(stores);

            await Task.WhenAll(stores.Select(s => s.MigrateAsync(Ct)));

            Assert.Equal(SaveOutcome.Inserted, await stores[0].SaveAsync(Item("m1", "Title", "Migrated concurrently."), Ct));
            Assert.Equal(1, (await stores[3].GetStatisticsAsync(Ct)).Articles);
        }
        finally
        {
            foreach (var store in _opened.Skip(1).OfType<IAsyncDisposable>())
                await store.DisposeAsync();
            _opened.RemoveRange(1, _opened.Count - 1);
            await DeleteDatabaseAsync(location);
        }
    }

    [Fact]
    public async Task SaveAsync_NewArticle_StoredWithAnalysisAsItsOwnStory()
    {
        var outcome = await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget.", "https://news.example/a1"), Ct);

        var listed = Assert.Single(await ListAsync());
        Assert.Equal(SaveOutcome.Inserted, outcome);
        Assert.Equal("Coalition budget", listed.Article.Title);
        Assert.Equal(new Uri("https://news.example/a1"), listed.Article.Url);
        Assert.Equal(Profile, listed.Analysis.Relevance.Profile);
        Assert.Equal(listed.Key, listed.StoryKey);
        Assert.Equal(1, listed.Version);
    }

    [Fact]
    public async Task SaveAsync_SameIdAgain_Duplicate()
    {
        await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget."), Ct);

        var outcome = await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget."), Ct);

        Assert.Equal(SaveOutcome.Duplicate, outcome);
        Assert.Equal(1, (await Store.GetStatisticsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task SaveAsync_SameNormalisedTextUnderAnotherId_Duplicate()
    {
        await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a “budget”."), Ct);

        var outcome = await Store.SaveAsync(Item("feed-guid-9", "Budget agreed", "the  coalition AGREED a \"budget\".\n"), Ct);

        Assert.Equal(SaveOutcome.Duplicate, outcome);
        Assert.Equal(1, (await Store.GetStatisticsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task SaveAsync_SameLinkWithTrackingParameters_SameArticle()
    {
        await Store.SaveAsync(Item("guid-1", "Coalition budget", "The coalition agreed a budget.", "https://news.example/budget"), Ct);

        var again = await Store.SaveAsync(Item("guid-2", "Coalition budget", "The coalition agreed a budget.", "https://news.example/budget?utm_source=rss&fbclid=x"), Ct);
        var edited = await Store.SaveAsync(Item("guid-3", "Coalition budget", "The coalition agreed a budget on Friday.", "https://NEWS.example/budget?gclid=y"), Ct);

        Assert.Equal(SaveOutcome.Duplicate, again);
        Assert.Equal(SaveOutcome.Updated, edited);
        var article = Assert.Single(await ListAsync());
        Assert.Equal(2, article.Version);
    }

    [Fact]
    public async Task SaveAsync_EditedFile_NewVersionOfSameArticle()
    {
        await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget.", quotes: [Said("Friedrich Merz", "We have a deal.")], contentHash: "v1"), Ct);
        var before = Assert.Single(await ListAsync());

        var outcome = await Store.SaveAsync(Item("a1", "Coalition budget revised", "The coalition revised its pension budget.", quotes: [Said("Lars Klingbeil", "The pension plan stands.")], contentHash: "v2"), Ct);

        var after = Assert.Single(await ListAsync());
        Assert.Equal(SaveOutcome.Updated, outcome);
        Assert.Equal(before.Key, after.Key);
        Assert.Equal(2, after.Version);
        Assert.Equal("Coalition budget revised", after.Article.Title);
        Assert.Single(await Store.SearchArticlesAsync("pension", Profile, 10, Ct));
        Assert.Empty(await Store.SearchArticlesAsync("agreed", Profile, 10, Ct));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Merz"), Ct));
        Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Klingbeil"), Ct));
        Assert.True(await Store.IsProcessedAsync("feeds/a1.txt", "v1", Ct));
        Assert.True(await Store.IsProcessedAsync("feeds/a1.txt", "v2", Ct));
    }

    [Fact]
    public async Task SaveAsync_FailsHalfWay_LeavesNoHalfArticle()
    {
        var item = Item("a1", "Coalition budget", "The coalition agreed a budget.", quotes: [Said("Friedrich Merz", "We have a deal.")], contentHash: "h1");
        // Two analyses for one profile break the (article, profile) key after the article row is written.
        var broken = item with { Analyses = [item.Analyses[0], item.Analyses[0]] };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync(broken, Ct));

        var stats = await Store.GetStatisticsAsync(Ct);
        Assert.Equal(0, stats.Articles);
        Assert.Equal(0, stats.Quotes);
        Assert.False(await Store.IsProcessedAsync(item.InputOrigin, "h1", Ct));
        Assert.Equal(SaveOutcome.Inserted, await Store.SaveAsync(item, Ct));
    }

    [Fact]
    public async Task SaveAllAsync_OneInputSeveralArticles_AllOrNothing()
    {
        var a = Item("j1", "First", "The first article of the file.", origin: "feeds/batch.json", contentHash: "file1");
        var b = Item("j2", "Second", "The second article of the file.", origin: "feeds/batch.json", contentHash: "file1");
        var copy = Item("j3", "Copy", "The FIRST article of the file!", origin: "feeds/batch.json", contentHash: "file1");
        var broken = b with { Analyses = [b.Analyses[0], b.Analyses[0]] };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAllAsync([a, broken], Ct));
        var afterCrash = await Store.GetStatisticsAsync(Ct);
        var processedAfterCrash = await Store.IsProcessedAsync("feeds/batch.json", "file1", Ct);
        var outcomes = await Store.SaveAllAsync([a, b, copy], Ct);

        Assert.Equal(0, afterCrash.Articles);
        Assert.False(processedAfterCrash);
        Assert.Equal([SaveOutcome.Inserted, SaveOutcome.Inserted, SaveOutcome.Duplicate], outcomes);
        Assert.Equal(2, (await Store.GetStatisticsAsync(Ct)).Articles);
        Assert.True(await Store.IsProcessedAsync("feeds/batch.json", "file1", Ct));
    }

    [Fact]
    public async Task SaveAllAsync_ArticleAndItsNewVersionInOneInput_SearchSeesOnlyTheNewText()
    {
        var first = Item("k1", "Coalition budget", "The coalition agreed a budget.", quotes: [Said("Friedrich Merz", "We have a deal on troops.")], contentHash: "feed1");
        var other = Item("k2", "Border patrols", "Patrols along the border were doubled.", quotes: [Said("John Healey", "Air cover matters.")], contentHash: "feed1");
        var revised = Item("k1", "Coalition budget revised", "The coalition revised its pension budget.", quotes: [Said("Lars Klingbeil", "The pension plan stands.")], contentHash: "feed1");

        var outcomes = await Store.SaveAllAsync([first, other, revised], Ct);

        Assert.Equal([SaveOutcome.Inserted, SaveOutcome.Inserted, SaveOutcome.Updated], outcomes);
        Assert.Equal("k1", Assert.Single(await Store.SearchArticlesAsync("pension", Profile, 10, Ct)).Article.Id);
        Assert.Equal("k2", Assert.Single(await Store.SearchArticlesAsync("patrols", Profile, 10, Ct)).Article.Id);
        Assert.Empty(await Store.SearchArticlesAsync("agreed", Profile, 10, Ct));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Topic: "troops"), Ct));
        Assert.Equal("John Healey", Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Topic: "air cover"), Ct)).Quote.Speaker);
        Assert.Equal("Lars Klingbeil", Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Topic: "pension"), Ct)).Quote.Speaker);
    }

    [Fact]
    public async Task IsProcessedAsync_AfterRestart_RemembersInputs()
    {
        await Store.SaveAsync(Item("a1", "Coalition budget", "The coalition agreed a budget.", contentHash: "h1"), Ct);

        var restarted = await RestartAsync();

        Assert.True(await restarted.IsProcessedAsync("feeds/a1.txt", "h1", Ct));
        Assert.False(await restarted.IsProcessedAsync("feeds/a1.txt", "h2", Ct));
        Assert.False(await restarted.IsProcessedAsync("feeds/other.txt", "h1", Ct));
    }

    [Fact]
    public async Task ListArticlesAsync_Period_OnlyRelevantArticlesInsideIt()
    {
        await Store.SaveAsync(Item("old", "Old", "An older coalition story.", ingestedAt: Now.AddDays(-3)), Ct);
        await Store.SaveAsync(Item("new", "New", "A newer coalition story."), Ct);
        await Store.SaveAsync(Item("off", "Off", "A football story.", relevant: false), Ct);

        var articles = await Store.ListArticlesAsync(new ArticleQuery(Now.AddDays(-1), Now.AddHours(1), Profile), Ct);
        var all = await Store.ListArticlesAsync(new ArticleQuery(Now.AddDays(-1), Now.AddHours(1), Profile, RelevantOnly: false), Ct);

        Assert.Equal("new", Assert.Single(articles).Article.Id);
        Assert.Equal(["new", "off"], all.Select(a => a.Article.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchArticlesAsync_Words_FindsByTitleBodyAndFoldedSpelling()
    {
        await Store.SaveAsync(Item("a1", "Lecornu visits Zürich", "Sébastien Lecornu met troops near the border."), Ct);
        await Store.SaveAsync(Item("a2", "Bin collections", "The council changed bin collections."), Ct);

        Assert.Equal("a1", Assert.Single(await Store.SearchArticlesAsync("zurich", Profile, 10, Ct)).Article.Id);
        Assert.Equal("a1", Assert.Single(await Store.SearchArticlesAsync("Sebastien troops", Profile, 10, Ct)).Article.Id);
        Assert.Equal("a2", Assert.Single(await Store.SearchArticlesAsync("council bins", Profile, 10, Ct)).Article.Id);
        Assert.Empty(await Store.SearchArticlesAsync("troops council", Profile, 10, Ct));
    }

    [Fact]
    public async Task SearchArticlesAsync_ArticleNotAnalysedForTheProfile_FoundAndMarkedNotAnalysed()
    {
        var french = Item("fr1", "Le budget de la défense", "Le conseil a approuvé mardi le budget de la défense.") with { Analyses = [] };
        french = french with { Article = french.Article with { Language = "fr" } };
        await Store.SaveAsync(french, Ct);
        await Store.SaveAsync(Item("en1", "Defence budget", "The council approved the defence budget."), Ct);

        var found = await Store.SearchArticlesAsync("budget", Profile, 10, Ct);

        Assert.Equal(["en1", "fr1"], found.Select(a => a.Article.Id).Order(StringComparer.Ordinal));
        var notAnalysed = found.Single(a => a.Article.Id == "fr1").Analysis;
        Assert.False(notAnalysed.Relevance.IsRelevant);
        Assert.Equal(Profile, notAnalysed.Relevance.Profile);
        Assert.Contains("fr", notAnalysed.Relevance.Reason, StringComparison.Ordinal);
        Assert.Empty(notAnalysed.Quotes);
        Assert.True(found.Single(a => a.Article.Id == "en1").Analysis.Relevance.IsRelevant);
    }

    [Fact]
    public async Task SearchArticlesAsync_ManyMatches_RanksOnlyTheLatestWindow()
    {
        // The oldest match is the best by its words alone, but it lies outside the window of latest matches; the
        // newest is as good and inside it.
        var items = new List<IngestedArticle> { Item("oldest", "Pension pension pension", "Pension pension pension pension. " + StoreTestData.Story(0, 2)) };
        for (var i = 1; i <= ArticleSearch.Window; i++)
            items.Add(Item($"p{i}", $"Note {i}", $"A pension note {i}. " + StoreTestData.Story(i, 2)));
        items.Add(Item("newest", "Pension pension pension", "Pension pension pension pension again. " + StoreTestData.Story(5_000, 2)));
        foreach (var chunk in items.Chunk(200))
            await Store.SaveAllAsync(chunk, Ct);

        var found = await Store.SearchArticlesAsync("pension", Profile, 5, Ct);

        Assert.Equal(5, found.Count);
        Assert.Equal("newest", found[0].Article.Id);
        Assert.DoesNotContain(found, a => a.Article.Id == "oldest");
    }

    [Theory]
    [InlineData("the of and")]
    [InlineData("\" OR * NEAR( ); DROP TABLE articles; --")]
    [InlineData("troops\" OR \"bin")]
    public async Task SearchArticlesAsync_HostileOrEmptyInput_NoErrorNoSurprise(string terms)
    {
        await Store.SaveAsync(Item("a1", "Troops", "Troops were sent."), Ct);
        await Store.SaveAsync(Item("a2", "Bins", "Bins were collected."), Ct);

        var found = await Store.SearchArticlesAsync(terms, Profile, 10, Ct);

        Assert.True(found.Count <= 1);
        Assert.Equal(2, (await Store.GetStatisticsAsync(Ct)).Articles);
    }

    private async Task SeedQuotesAsync()
    {
        await Store.SaveAsync(Item("q1", "Lecornu on troops", "Sébastien Lecornu spoke about troops.", published: Now.AddDays(-1), source: "Le Wire",
            quotes: [Said("Sébastien Lecornu", "We will send troops to the border within weeks.", "defence minister")]), Ct);
        await Store.SaveAsync(Item("q2", "Healey in Paris", "John Healey spoke in Paris.", published: Now.AddDays(-10),
            quotes: [Said("John Healey", "The coalition of the willing is ready.", "defence secretary"), Said("John Healey", "Air cover matters.")]), Ct);
        await Store.SaveAsync(Item("q3", "Starmer call", "Keir Starmer held a call.", published: Now.AddHours(-2),
            quotes: [Said("Keir Starmer", "Peace needs guarantees on the ground.")]), Ct);
    }

    [Theory]
    [InlineData("Lecornu")]
    [InlineData("Sébastien Lecornu")]
    [InlineData("sebastien lecornu")]
    [InlineData("Mr Lecornu")]
    [InlineData("Sebastien")]
    public async Task FindQuotesAsync_SpeakerBySurnameFullNameOrFoldedSpelling_FindsCanonicalSpeaker(string speaker)
    {
        await SeedQuotesAsync();

        var hit = Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Speaker: speaker), Ct));

        Assert.Equal("Sébastien Lecornu", hit.Quote.Speaker);
        Assert.Equal("defence minister", hit.Quote.Role);
        Assert.Equal("Le Wire", hit.Outlet);
        Assert.Equal("Lecornu on troops", hit.ArticleTitle);
    }

    [Fact]
    public async Task FindQuotesAsync_PartOfAnotherName_NotMatched()
    {
        await SeedQuotesAsync();

        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Corn"), Ct));
    }

    [Fact]
    public async Task FindQuotesAsync_TopicWordsPhraseAndSince_Filter()
    {
        await SeedQuotesAsync();

        var byTopic = await Store.FindQuotesAsync(new QuoteQuery(Topic: "troops border"), Ct);
        var byPhrase = await Store.FindQuotesAsync(new QuoteQuery(Phrase: "coalition of the willing"), Ct);
        var wrongOrder = await Store.FindQuotesAsync(new QuoteQuery(Phrase: "willing coalition"), Ct);
        var recent = await Store.FindQuotesAsync(new QuoteQuery(Since: Now.AddDays(-2)), Ct);
        var healeyAir = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Healey", Topic: "air"), Ct);

        Assert.Equal("Sébastien Lecornu", Assert.Single(byTopic).Quote.Speaker);
        Assert.Equal("The coalition of the willing is ready.", Assert.Single(byPhrase).Quote.Text);
        Assert.Empty(wrongOrder);
        Assert.Equal(["Keir Starmer", "Sébastien Lecornu"], recent.Select(h => h.Quote.Speaker));
        Assert.Equal("Air cover matters.", Assert.Single(healeyAir).Quote.Text);
    }

    [Fact]
    public async Task ListSpeakersAsync_TopicAndSince_CountsQuotes()
    {
        await SeedQuotesAsync();

        var all = await Store.ListSpeakersAsync(null, null, Ct);
        var recent = await Store.ListSpeakersAsync(null, Now.AddDays(-2), Ct);
        var onTroops = await Store.ListSpeakersAsync("troops", null, Ct);

        Assert.Equal(("John Healey", 2), (all[0].Speaker, all[0].Quotes));
        Assert.Equal(3, all.Count);
        Assert.Equal(2, recent.Count);
        Assert.Equal("Sébastien Lecornu", Assert.Single(onTroops).Speaker);
    }

    [Fact]
    public async Task ListSpeakersAsync_TopicMatchedByMoreThanTheWindow_CountsOnlyTheLatestMatches()
    {
        await Store.SaveAsync(Item("w0", "Early word on troops", "An early article about troops.", quotes: [Said("Odile Sarre", "Troops will not be needed.")]), Ct);
        const int perArticle = 100;
        var later = Enumerable.Range(1, SpeakerCount.TopicWindow / perArticle).Select(i => Item($"w{i}", $"Troops update {i}", $"Update number {i} about troops.",
            quotes: [.. Enumerable.Range(0, perArticle).Select(k => Said("Tomas Brenn", $"Troops statement {k} of update {i}."))])).ToList();
        await Store.SaveAllAsync(later, Ct);

        var onTroops = await Store.ListSpeakersAsync("troops", null, Ct);
        var everyone = await Store.ListSpeakersAsync(null, null, Ct);

        Assert.Equal(("Tomas Brenn", SpeakerCount.TopicWindow), (Assert.Single(onTroops).Speaker, onTroops[0].Quotes));
        Assert.Contains(everyone, s => s.Speaker == "Odile Sarre");
    }

    [Fact]
    public async Task UpsertIdentityAsync_Twice_MergesRolesAndAliases()
    {
        await Store.UpsertIdentityAsync(new SpeakerIdentity("Keir Starmer", "person") { Roles = ["prime minister"], Aliases = ["Starmer"] }, Ct);

        await Store.UpsertIdentityAsync(new SpeakerIdentity("Keir Starmer", "person") { Roles = ["Labour leader"], Aliases = ["Starmer", "PM", "Keir Starmer"] }, Ct);
        await Store.UpsertIdentityAsync(new SpeakerIdentity("the Kremlin", "institution"), Ct);

        var identities = await (await RestartAsync()).ListIdentitiesAsync(Ct);
        var starmer = Assert.Single(identities, i => i.Canonical == "Keir Starmer");
        Assert.Equal(2, identities.Count);
        Assert.Equal(["prime minister", "Labour leader"], starmer.Roles);
        Assert.Equal(["Starmer", "PM"], starmer.Aliases);
    }

    [Fact]
    public async Task FindQuotesAsync_IdentityAlias_FindsCanonicalSpeaker()
    {
        await SeedQuotesAsync();
        await Store.UpsertIdentityAsync(new SpeakerIdentity("Keir Starmer", "person") { Aliases = ["PM"] }, Ct);

        var hit = Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "PM"), Ct));

        Assert.Equal("Keir Starmer", hit.Quote.Speaker);
    }

    [Fact]
    public async Task QuarantineAsync_Entry_ListedCountedAndProcessed()
    {
        await Store.QuarantineAsync(new QuarantineEntry("feeds/broken.json", "Unexpected end of JSON", Now) { ContentHash = "bad1" }, Ct);
        await Store.QuarantineAsync(new QuarantineEntry("https://feeds.example/rss", "HTTP 500", Now.AddMinutes(1)), Ct);

        var restarted = await RestartAsync();
        var entries = await restarted.ListQuarantineAsync(10, Ct);

        Assert.Equal(["https://feeds.example/rss", "feeds/broken.json"], entries.Select(e => e.Origin));
        Assert.Equal("Unexpected end of JSON", entries[1].Error);
        Assert.Equal(Now, entries[1].At);
        Assert.Equal(2, (await restarted.GetStatisticsAsync(Ct)).Quarantined);
        Assert.True(await restarted.IsProcessedAsync("feeds/broken.json", "bad1", Ct));
    }

    [Fact]
    public async Task Feeds_UpsertListUpdateRemove_RoundTrip()
    {
        var url = new Uri("https://feeds.example/world.rss");
        await Store.UpsertFeedAsync(new FeedState(url, 300, FullText: true) { AddedBy = "alice" }, Ct);
        await Store.UpsertFeedAsync(new FeedState(new Uri("https://feeds.example/a.atom"), 600, FullText: false), Ct);

        await Store.UpsertFeedAsync(new FeedState(url, 300, FullText: true)
        {
            ETag = "\"abc\"", LastModified = Now.AddHours(-1), LastSuccess = Now, LastAttempt = Now, ConsecutiveFailures = 0, AddedBy = "alice",
        }, Ct);
        var feeds = await (await RestartAsync()).ListFeedsAsync(Ct);
        var removed = await Store.RemoveFeedAsync(new Uri("https://feeds.example/a.atom"), Ct);
        var removedAgain = await Store.RemoveFeedAsync(new Uri("https://feeds.example/a.atom"), Ct);

        Assert.Equal(2, feeds.Count);
        var world = Assert.Single(feeds, f => f.Url == url);
        Assert.Equal(("\"abc\"", Now.AddHours(-1), Now, "alice", true, 300), (world.ETag, world.LastModified, world.LastSuccess, world.AddedBy, world.FullText, world.IntervalSeconds));
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Single(await Store.ListFeedsAsync(Ct));
    }

    [Fact]
    public async Task Feeds_FailureRecorded_KeptWithCount()
    {
        var url = new Uri("https://feeds.example/broken.rss");
        await Store.UpsertFeedAsync(new FeedState(url, 300, false) { LastAttempt = Now, LastError = "HTTP 503", ConsecutiveFailures = 3 }, Ct);

        var feed = Assert.Single(await Store.ListFeedsAsync(Ct));

        Assert.Equal(("HTTP 503", 3, (DateTimeOffset?)null), (feed.LastError, feed.ConsecutiveFailures, feed.LastSuccess));
    }

    [Fact]
    public async Task Subscriptions_UpsertReplaceRemove_RoundTrip()
    {
        await Store.UpsertSubscriptionAsync(new ChannelSubscription("discord", "123", "coalition", "0 0 8 * * ?", "Europe/London") { CreatedBy = "bob" }, Ct);
        await Store.UpsertSubscriptionAsync(new ChannelSubscription("discord", "123", "ukraine", "0 0 8 * * ?", "Europe/London"), Ct);
        await Store.UpsertSubscriptionAsync(new ChannelSubscription("slack", "C9", "coalition", "0 30 7 * * ?", "Europe/Berlin"), Ct);

        await Store.UpsertSubscriptionAsync(new ChannelSubscription("discord", "123", "coalition", "0 0 9 * * ?", "Europe/Paris") { CreatedBy = "carol" }, Ct);
        var all = await (await RestartAsync()).ListSubscriptionsAsync(Ct);
        var removedOne = await Store.RemoveSubscriptionAsync("discord", "123", "ukraine", Ct);
        var removedRest = await Store.RemoveSubscriptionAsync("discord", "123", null, Ct);

        Assert.Equal(3, all.Count);
        var replaced = all.Single(s => s.Platform == "discord" && s.Profile == "coalition");
        Assert.Equal(("0 0 9 * * ?", "Europe/Paris", "carol"), (replaced.Cron, replaced.TimeZone, replaced.CreatedBy));
        Assert.Equal(1, removedOne);
        Assert.Equal(1, removedRest);
        Assert.Equal("slack", Assert.Single(await Store.ListSubscriptionsAsync(Ct)).Platform);
    }

    [Fact]
    public async Task TryClaimAsync_ClaimDeliverRelease_Lifecycle()
    {
        const string key = "discord:123:2026-03-11T08:00Z/2026-03-12T08:00Z";

        var first = await Store.TryClaimAsync(key, "bot-a", Now, late: true, Ct);
        var second = await (await RestartAsync()).TryClaimAsync(key, "bot-b", Now.AddSeconds(1), late: false, Ct);
        var unfinished = await Store.ListUnfinishedAsync(Ct);
        await Store.MarkDeliveredAsync(key, "m1,m2", Now.AddSeconds(5), Ct);
        await Store.ReleaseAsync(key, Ct);
        var delivered = await Store.GetAsync(key, Ct);
        var third = await Store.TryClaimAsync(key, "bot-c", Now.AddMinutes(1), late: false, Ct);

        Assert.Null(first);
        Assert.NotNull(second);
        Assert.Equal((DeliveryStatus.Started, "bot-a", Now, true), (second.Status, second.Instance, second.StartedAt, second.Late));
        Assert.Equal(key, Assert.Single(unfinished).Key);
        Assert.NotNull(delivered);
        Assert.Equal((DeliveryStatus.Delivered, "m1,m2", (DateTimeOffset?)Now.AddSeconds(5)), (delivered.Status, delivered.MessageIds, delivered.DeliveredAt));
        Assert.Equal(DeliveryStatus.Delivered, third?.Status);
        Assert.Empty(await Store.ListUnfinishedAsync(Ct));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_Cutoff_RemovesOldArticlesWithTheirQuotesAndKeepsNewOnes()
    {
        await Store.SaveAsync(Item("old", "Old coalition story", "An older coalition story.", ingestedAt: Now.AddDays(-40),
            quotes: [Said("John Healey", "an old remark about the coalition")]), Ct);
        await Store.SaveAsync(Item("new", "New coalition story", "A newer coalition story.",
            quotes: [Said("John Healey", "a new remark about the coalition")]), Ct);

        var removed = await Store.DeleteOlderThanAsync(Now.AddDays(-30), Ct);

        Assert.Equal(1, removed);
        var left = await Store.ListArticlesAsync(new ArticleQuery(Now.AddDays(-60), Now.AddHours(1), Profile, RelevantOnly: false), Ct);
        Assert.Equal("new", Assert.Single(left).Article.Id);
        var quotes = await Store.FindQuotesAsync(new QuoteQuery("Healey"), Ct);
        Assert.Equal("a new remark about the coalition", Assert.Single(quotes).Quote.Text);
        Assert.Empty(await Store.SearchArticlesAsync("older", Profile, 10, Ct));
        Assert.Equal(0, await Store.DeleteOlderThanAsync(Now.AddDays(-30), Ct));
    }

    [Fact]
    public async Task ListSpeakersAsync_AfterUpdateAndRetention_CountsFollowQuotes()
    {
        await Store.SaveAsync(Item("old", "Old story", "An older story.", ingestedAt: Now.AddDays(-40),
            quotes: [Said("John Healey", "an old remark"), Said("Friedrich Merz", "an old deal")]), Ct);
        await Store.SaveAsync(Item("a1", "Budget", "The coalition agreed a budget.", quotes: [Said("Friedrich Merz", "We have a deal.")], contentHash: "v1"), Ct);
        await Store.SaveAsync(Item("a1", "Budget revised", "The coalition revised its budget.",
            quotes: [Said("Lars Klingbeil", "The plan stands."), Said("John Healey", "Agreed.")], contentHash: "v2"), Ct);
        var afterUpdate = await Store.ListSpeakersAsync(null, null, Ct);

        await Store.DeleteOlderThanAsync(Now.AddDays(-30), Ct);
        var afterRetention = await Store.ListSpeakersAsync(null, null, Ct);

        Assert.Equal([("John Healey", 2), ("Friedrich Merz", 1), ("Lars Klingbeil", 1)], afterUpdate.Select(s => (s.Speaker, s.Quotes)));
        Assert.Equal([("John Healey", 1), ("Lars Klingbeil", 1)], afterRetention.Select(s => (s.Speaker, s.Quotes)));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Merz"), Ct));
    }

    [Fact]
    public async Task FindQuotesAsync_SpeakerWithMoreQuotesThanLimit_NewestFirstUpToLimit()
    {
        for (var i = 0; i < 5; i++)
            await Store.SaveAsync(Item($"h{i}", $"Healey day {i}", $"Day {i} of the talks.", quotes: [Said("John Healey", $"Remark number {i} on troops.")]), Ct);

        var bySpeaker = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Healey", Limit: 3), Ct);
        var bySpeakerAndTopic = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "John Healey", Topic: "troops", Limit: 2), Ct);

        Assert.Equal(["Remark number 4 on troops.", "Remark number 3 on troops.", "Remark number 2 on troops."], bySpeaker.Select(h => h.Quote.Text));
        Assert.Equal(["Remark number 4 on troops.", "Remark number 3 on troops."], bySpeakerAndTopic.Select(h => h.Quote.Text));
    }

    [Fact]
    public async Task FindQuotesAsync_SurnameOfSeveralSpeakersWithPeriod_NewestOfAllWithinPeriod()
    {
        await Store.SaveAsync(Item("m1", "Old Healey", "An old story.", published: Now.AddDays(-20), quotes: [Said("Mary Healey", "Old words.")]), Ct);
        await Store.SaveAsync(Item("j1", "John Healey", "A story.", published: Now.AddDays(-3), quotes: [Said("John Healey", "First words.")]), Ct);
        await Store.SaveAsync(Item("m2", "Mary Healey", "Another story.", published: Now.AddDays(-2), quotes: [Said("Mary Healey", "Second words.")]), Ct);
        await Store.SaveAsync(Item("j2", "John again", "A third story.", published: Now.AddDays(-1), quotes: [Said("John Healey", "Third words.")]), Ct);

        var newest = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Healey", Limit: 2), Ct);
        var recent = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Healey", Since: Now.AddDays(-10)), Ct);
        var future = await Store.FindQuotesAsync(new QuoteQuery(Speaker: "Healey", Since: Now.AddDays(1)), Ct);
        var speakersInFuture = await Store.ListSpeakersAsync("words", Now.AddDays(1), Ct);

        Assert.Equal(["Third words.", "Second words."], newest.Select(h => h.Quote.Text));
        Assert.Equal(["Third words.", "Second words.", "First words."], recent.Select(h => h.Quote.Text));
        Assert.Empty(future);
        Assert.Empty(speakersInFuture);
    }

    [Fact]
    public async Task ReleaseAsync_FailedPost_AllowsAnotherClaim()
    {
        await Store.TryClaimAsync("k1", "bot-a", Now, late: false, Ct);

        await Store.ReleaseAsync("k1", Ct);
        var again = await Store.TryClaimAsync("k1", "bot-b", Now.AddMinutes(1), late: false, Ct);

        Assert.Null(again);
        Assert.Equal("bot-b", (await Store.GetAsync("k1", Ct))?.Instance);
        Assert.Null(await Store.GetAsync("never-claimed", Ct));
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentInstances_ExactlyOneWins()
    {
        var instances = new List<INewsDatabase>();
        for (var i = 0; i < 6; i++)
            instances.Add(await RestartAsync());

        for (var round = 0; round < 5; round++)
        {
            var key = $"race-{round}";
            var claims = instances.Select((s, i) => Task.Run(() => s.TryClaimAsync(key, $"bot-{i}", Now, late: false, Ct))).ToList();
            var results = await Task.WhenAll(claims);

            Assert.Single(results, r => r is null);
            var winner = (await Store.GetAsync(key, Ct))!.Instance;
            Assert.All(results.Where(r => r is not null), r => Assert.Equal(winner, r!.Instance));
        }
    }

    [Fact]
    public async Task SaveAsync_RewrittenCopyFromAnotherOutlet_LinkedIntoOneStory()
    {
        var original = Story(11);
        var sentences = original.Split(". ").ToList();
        sentences.RemoveAt(3);
        var rewrite = "Agencies reported the following on Wednesday. " + string.Join(". ", sentences).Replace("welcomed", "praised", StringComparison.Ordinal);
        await Store.SaveAsync(Item("wire-1", "Talks continue", original, "https://wire.example/talks", source: "Wire"), Ct);

        var copy = await Store.SaveAsync(Item("paper-7", "Talks go on", rewrite, "https://paper.example/world/talks", source: "Paper"), Ct);
        await Store.SaveAsync(Item("other-3", "Other news", Story(99), "https://paper.example/other", source: "Paper"), Ct);
        var third = await Store.SaveAsync(Item("blog-2", "Talks: a copy", original + " Comments are closed.", "https://blog.example/t", source: "Blog"), Ct);

        var articles = (await ListAsync()).ToDictionary(a => a.Article.Id);
        Assert.Equal(SaveOutcome.Inserted, copy);
        Assert.Equal(SaveOutcome.Inserted, third);
        Assert.Equal(4, articles.Count);
        Assert.Equal(articles["wire-1"].Key, articles["paper-7"].StoryKey);
        Assert.Equal(articles["wire-1"].Key, articles["blog-2"].StoryKey);
        Assert.Equal(articles["other-3"].Key, articles["other-3"].StoryKey);
    }

    private Task<IReadOnlyList<StoredArticle>> ListAsync() =>
        Store.ListArticlesAsync(new ArticleQuery(Now.AddYears(-1), Now.AddYears(1), Profile, RelevantOnly: false), Ct);
}
