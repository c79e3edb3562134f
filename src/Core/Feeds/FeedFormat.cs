namespace NewsBot.Core.Feeds;

/// <summary>The syndication formats the feed parser reads.</summary>
public enum FeedFormat
{
    /// <summary>RSS 0.9x and 2.0 (root element rss).</summary>
    Rss,

    /// <summary>RDF Site Summary: RSS 0.90 and 1.0 (root element rdf:RDF).</summary>
    Rdf,

    /// <summary>Atom 1.0 (and the older 0.3 namespace).</summary>
    Atom,
}
