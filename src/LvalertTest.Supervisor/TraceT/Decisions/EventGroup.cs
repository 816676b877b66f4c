using LvalertTest.Supervisor.TraceT.Notices;

namespace LvalertTest.Supervisor.TraceT.Decisions;

/// <summary>
/// All notices with one trigger id (TraceT's <c>EventGroup</c>): when the source was first and last seen, its best
/// position so far (the smallest non-zero error), what kind of source it is, and the notices themselves in arrival
/// order with the ids the decision logs refer to.
/// </summary>
public sealed class EventGroup
{
    private readonly List<(int Id, ParsedNotice Notice)> _notices = [];

    public EventGroup(string trigId) => TrigId = trigId;

    public string TrigId { get; }

    public DateTimeOffset? EarliestObserved { get; private set; }

    public DateTimeOffset? LatestObserved { get; private set; }

    public double? Ra { get; private set; }

    public double? Dec { get; private set; }

    public double? PosError { get; private set; }

    public string? SourceType { get; private set; }

    public string? SourceName { get; private set; }

    /// <summary>True until a notice of the group is one TraceT acts on.</summary>
    public bool Ignored { get; internal set; } = true;

    public IReadOnlyList<(int Id, ParsedNotice Notice)> Notices => _notices;

    /// <summary>The telescopes that reported this event, in order of first report ("Fermi, SWIFT").</summary>
    public string Telescopes => string.Join(", ", _notices.Select(n => n.Notice.Telescope).Distinct(StringComparer.Ordinal));

    internal void Add(int id, ParsedNotice notice)
    {
        _notices.Add((id, notice));
        if (notice.EventObserved is { } t)
        {
            EarliestObserved = EarliestObserved is { } e && e <= t ? e : t;
            LatestObserved = LatestObserved is { } l && l >= t ? l : t;
        }

        SourceType = notice.SourceType ?? SourceType;
        SourceName = notice.SourceName ?? SourceName;
        bool better = notice.PosError is > 0 && (PosError is not > 0 || notice.PosError < PosError);
        if (notice.Ra is not null && notice.Dec is not null && (Ra is null || better))
        {
            Ra = notice.Ra;
            Dec = notice.Dec;
            PosError = notice.PosError;
        }
    }
}
