using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Feeds;

namespace NewsBot.Bot.Feeds;

/// <summary>
/// Downloads feeds and pages through the guarded "feeds" HTTP client: SSRF check first, conditional GET
/// (If-None-Match / If-Modified-Since), gzip/deflate/brotli, and a size cap enforced on the bytes actually read,
/// whatever Content-Length claims. Retries with backoff and jitter happen inside the client's resilience pipeline.
/// </summary>
internal sealed class FeedFetcher(IHttpClientFactory clients, FeedUrlGuard guard, IOptions<FeedOptions> options)
{
    public const string ClientName = "feeds";

    public async Task<FeedFetchResult> FetchAsync(Uri url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        if (await guard.RefusalAsync(url, cancellationToken) is { } refusal)
            throw new FeedFetchException("refused: " + refusal);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        request.Headers.UserAgent.ParseAdd("NewsBot/1.0 (+feed reader)");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (lastModified is not null)
            request.Headers.IfModifiedSince = lastModified;

        using var response = await Send(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new FeedFetchResult(true, [], etag, lastModified, null);
        if (!response.IsSuccessStatusCode)
            throw new FeedFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        var body = await ReadCappedAsync(response, options.Value.MaxFeedBytes, cancellationToken);
        return new FeedFetchResult(false, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified,
            response.Content.Headers.ContentType?.CharSet?.Trim('"'));
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is ForbiddenAddressException forbidden)
        {
            throw new FeedFetchException(forbidden.Message, e);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
            throw new FeedFetchException($"response of {response.Content.Headers.ContentLength} bytes is over the {maxBytes}-byte limit");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new FeedFetchException($"response is over the {maxBytes}-byte limit");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
