using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void CoreAssembly_ReferencesNoPlatformSchedulerOrHostingLibrary()
    {
        var forbidden = new[] { "Discord", "Slack", "Quartz", "Microsoft.Extensions.Hosting", "Microsoft.AspNetCore" };

        var references = typeof(Article).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }
}
