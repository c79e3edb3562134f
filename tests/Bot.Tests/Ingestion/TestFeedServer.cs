using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Ingestion;

/// <summary>A real Kestrel server on 127.0.0.1 serving the feeds the poller tests need; counts requests per path.</summary>
internal sealed class TestFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestFeedServer(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public ConcurrentQueue<string> ConditionalHeaders { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public Uri Url(string path) => new(BaseAddress, path);

    public int HitsOn(string path) => Hits.GetValueOrDefault(path);

    public static string Rss(params (string Id, string Title, string Text)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>https://wire.example/</link>");
        foreach (var (id, title, text) in items)
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{id}</guid><title>{title}</title><link>https://wire.example/{id}</link><description>{text}</description></item>");
        return xml.Append("</channel></rss>").ToString();
    }

    /// <summary>Where <c>/moved.xml</c> redirects to (302).</summary>
    public Uri? RedirectTarget { get; set; }

    public static async Task<TestFeedServer> StartAsync(string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestFeedServer(app);
        app.Use(async (context, next) =>
        {
            server.Hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            await next(context);
        });
        server.Map();
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First());
        return server;
    }

    private void Map()
    {
        const string healthyText = "The harbour wall repairs will start in spring, the council said on Tuesday after a long debate about the cost.";
        _app.MapGet("/etag.xml", (HttpContext context) =>
        {
            ConditionalHeaders.Enqueue("If-None-Match:" + context.Request.Headers.IfNoneMatch);
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
                return Results.StatusCode(304);
            context.Response.Headers.ETag = "\"v1\"";
            return Results.Text(Rss(("h-1", "Harbour repairs", healthyText)), "application/rss+xml");
        });
        _app.MapGet("/modified.xml", (HttpContext context) =>
        {
            ConditionalHeaders.Enqueue("If-Modified-Since:" + context.Request.Headers.IfModifiedSince);
            if (!string.IsNullOrEmpty(context.Request.Headers.IfModifiedSince))
                return Results.StatusCode(304);
            context.Response.Headers.LastModified = "Tue, 10 Jun 2025 09:42:00 GMT";
            return Results.Text(Rss(("m-1", "Museum reopens", "The city museum reopened on Saturday after two years of renovation work on the roof.")), "application/rss+xml");
        });
        _app.MapGet("/gzip.xml", async (HttpContext context) =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Rss(("g-1", "Tram fares cut", "Tram fares will be cut by a tenth from January, the transport authority announced on Monday."))));
        });
        _app.MapGet("/error.xml", () => Results.StatusCode(500));
        _app.MapGet("/moved.xml", () => Results.Redirect(RedirectTarget!.ToString()));
        _app.MapGet("/flaky.xml", (HttpContext context) => HitsOn("/flaky.xml") == 1
            ? Results.StatusCode(503)
            : Results.Text(Rss(("f-1", "Ferry returns", "The island ferry returned to service on Friday after repairs to its engines were completed.")), "application/rss+xml"));
        _app.MapGet("/broken.xml", () => Results.Text("<rss version=\"2.0\"><channel><title>Broken</title><item><title>Unclosed", "application/rss+xml"));
        _app.MapGet("/big.xml", () => Results.Text(Rss(("b-1", "Big", new string('x', 64 * 1024))), "application/rss+xml"));
        _app.MapGet("/slow.xml", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Text(Rss(), "application/rss+xml");
        });
        _app.MapGet("/slowish.xml", async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            return Results.Text(Rss(("s-1", "Slow but fine", "The slow server answered in the end, as slow servers usually do after a while.")), "application/rss+xml");
        });
        _app.MapGet("/teaser.xml", () => Results.Text(
            $"<rss version=\"2.0\"><channel><title>Teasers</title><item><guid>t-1</guid><title>Dam approved</title><link>{Url("/dam.html")}</link><description>The dam plan was approved […]</description></item></channel></rss>",
            "application/rss+xml"));
        _app.MapGet("/dam.html", () => Results.Content(
            "<html><head><title>Dam approved</title></head><body><nav>Home</nav><article><h1>Dam approved</h1>" +
            "<p>The regional assembly approved the dam plan on Monday by a large majority after years of argument.</p>" +
            "<p>Construction will start next year and should take four years, the assembly's president said.</p>" +
            "<p>Opponents said they would take the decision to court before the first stone is laid.</p></article>" +
            "<footer>© Valley News</footer></body></html>", "text/html"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
