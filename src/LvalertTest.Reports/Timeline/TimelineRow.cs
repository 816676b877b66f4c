namespace LvalertTest.Reports.Timeline;

/// <summary>One thing that happened in a run, at a virtual time: the unit of timeline.csv and of the run digest.</summary>
public sealed record TimelineRow(DateTimeOffset Time, string Subject, string Kind, string Detail);
