namespace LvalertTest.FakeGraceDb.Tests.Support;

/// <summary>A TimeProvider that stands still until told to move.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
