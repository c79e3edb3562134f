namespace NewsBot.Core.Chat;

/// <summary>
/// Adds sections to /status from outside Core (the schedule's next fire times, the last run of each job,
/// deliveries left in doubt), so Core's status answer stays free of scheduler types.
/// </summary>
public interface IStatusContributor
{
    /// <summary>The sections to append, in order; empty when there is nothing to say.</summary>
    Task<IReadOnlyList<AnswerSection>> DescribeAsync(CancellationToken cancellationToken);
}
