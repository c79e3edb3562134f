using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingestion;

/// <summary>One input to ingest: what its reader made of it, where it came from and the hash of its content.</summary>
/// <param name="Read">The articles read from the input, or why it could not be read.</param>
/// <param name="Origin">The input's origin (a file path, a feed item's key), under which it is marked processed.</param>
/// <param name="ContentHash">The hash of the input's content, so an edited input is read again.</param>
public sealed record IngestInput(ArticleReadResult Read, string Origin, string ContentHash);
