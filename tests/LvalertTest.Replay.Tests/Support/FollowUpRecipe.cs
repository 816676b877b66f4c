using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.Replay.Tests.Support;

/// <summary>One write a follow-up process makes, at seconds after the event's creation.</summary>
internal sealed record TimedWrite(double Seconds, string What, Action<IGraceDb, GraceId> Write);

/// <summary>
/// An event and everything its follow-up writes to GraceDb, in the order written: the pipeline's upload at the
/// creation time, then log entries, labels and sign-offs through the ordinary GraceDb calls.
/// </summary>
internal sealed record FollowUpRecipe(
    string Name,
    long Number,
    DateTimeOffset Created,
    string Group,
    string Pipeline,
    string? Search,
    string UploadName,
    byte[] Upload,
    IReadOnlyList<TimedWrite> Writes)
{
    public GraceId GraceId => GraceId.Create(GraceIdPrefix.ForGroup(Group), Number);
}
