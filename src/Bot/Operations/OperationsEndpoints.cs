using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Operations;

/// <summary>
/// /healthz (the process answers) and /readyz (the store answers and every platform is connected), read by
/// orchestrators and load balancers. Both reply with a small JSON body saying what was checked.
/// </summary>
public static class OperationsEndpoints
{
    /// <summary>Maps the health endpoints onto <paramref name="endpoints"/>, reading the bot's own services from <paramref name="bot"/>.</summary>
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder endpoints, IServiceProvider bot)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(bot);
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        endpoints.MapGet("/readyz", async (CancellationToken cancellationToken) =>
        {
            var report = await ReadinessCheck.RunAsync(
                (INewsStore)bot.GetService(typeof(INewsStore))!,
                (IEnumerable<IPlatformHealth>?)bot.GetService(typeof(IEnumerable<IPlatformHealth>)) ?? [],
                cancellationToken);
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
