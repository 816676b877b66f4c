using System.Globalization;

namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>Times in notices: ISO 8601 with or without a zone (GCN writes UTC without one).</summary>
internal static class NoticeTimes
{
    /// <summary>How far back a test-role notice's event is put: TraceT treats test events as 0.1 h old.</summary>
    public static readonly TimeSpan TestEventAge = TimeSpan.FromMinutes(6);

    public static DateTimeOffset Parse(string text, string source, string what) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time)
            ? time
            : throw new NoticeFormatException($"{source}: {what} '{text.Trim()}' is not an ISO 8601 time");
}
