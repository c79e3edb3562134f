using NewsBot.Core.Ingestion;

namespace NewsBot.Core.Tests.Ingestion;

public class BoilerplateTests
{
    [Theory]
    [InlineData("Share this article", true)]
    [InlineData("*Share this article*", true)]
    [InlineData("Share", true)]
    [InlineData("Share this article: Facebook X Email", true)]
    [InlineData("Exit mobile version", true)]
    [InlineData("Read the full article here", true)]
    [InlineData("© 2025 Example Media. All rights reserved.", true)]
    [InlineData("Copyright 2025 Example Media", true)]
    [InlineData("(AFP)", true)]
    [InlineData("tl/rmb (AFP)", true)]
    [InlineData("(Reuters/AFP)", true)]
    [InlineData("— AFP", true)]
    [InlineData("Comments (12)", true)]
    [InlineData("The post Dam approved appeared first on Valley News.", true)]
    // Real sentences that merely start like furniture.
    [InlineData("Share prices fell sharply on Monday.", false)]
    [InlineData("Copyrighted material was at the heart of the case.", false)]
    [InlineData("The AFP news agency said talks would resume.", false)]
    [InlineData("Japan", false)]
    public void IsBoilerplate_Line_Recognised(string line, bool expected)
    {
        Assert.Equal(expected, Boilerplate.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Key points", true)]
    [InlineData("**Key points**", true)]
    [InlineData("Key Points:", true)]
    [InlineData("Key points of the deal were agreed on Monday.", false)]
    public void IsKeyPointsHeading_Line_Recognised(string line, bool expected)
    {
        Assert.Equal(expected, Boilerplate.IsKeyPointsHeading(line));
    }
}
