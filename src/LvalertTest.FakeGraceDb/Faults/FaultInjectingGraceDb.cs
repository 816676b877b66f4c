using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Faults;

/// <summary>
/// Puts faults in front of any <see cref="IGraceDb"/>: a failing call throws the typed exception the real service's
/// status maps to, before the call reaches the store, so nothing is written and the caller may retry. Each call
/// also draws a latency, <see cref="LastLatency"/>; on the system clock the call waits it out. A virtual clock cannot
/// block, so there the caller applies latency (the scenario runner delays each action's call by its own draw).
/// </summary>
public sealed class FaultInjectingGraceDb : IGraceDb
{
    private readonly IGraceDb _inner;
    private readonly FaultPlan _plan;
    private readonly Random _random;
    private readonly TimeProvider _time;

    public FaultInjectingGraceDb(IGraceDb inner, FaultPlan plan, Random random, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(time);
        foreach (FaultRule rule in plan.Rules)
        {
            rule.Validate();
        }

        _inner = inner;
        _plan = plan;
        _random = random;
        _time = time;
    }

    public TimeSpan LastLatency { get; private set; }

    public long FailuresInjected { get; private set; }

    public GraceEvent CreateEvent(string group, string pipeline, string? search, string fileName, byte[] fileContents, IReadOnlyList<string>? labels = null, bool offline = false, string? submitter = null) =>
        Call(GraceDbOperation.CreateEvent, () => _inner.CreateEvent(group, pipeline, search, fileName, fileContents, labels, offline, submitter));

    public GraceEvent Event(GraceId graceId) => Call(GraceDbOperation.Event, () => _inner.Event(graceId));

    public IReadOnlyList<GraceEvent> Events(string query) => Call(GraceDbOperation.Events, () => _inner.Events(query));

    public LogEntry WriteLog(GraceId graceId, string comment, string? fileName = null, byte[]? fileContents = null, IReadOnlyList<string>? tagNames = null, string? issuer = null) =>
        Call(GraceDbOperation.WriteLog, () => _inner.WriteLog(graceId, comment, fileName, fileContents, tagNames, issuer));

    public IReadOnlyList<LogEntry> Logs(GraceId graceId) => Call(GraceDbOperation.Logs, () => _inner.Logs(graceId));

    public IReadOnlyList<LabelRecord> Labels(GraceId graceId) => Call(GraceDbOperation.Labels, () => _inner.Labels(graceId));

    public LabelRecord AddLabel(GraceId graceId, string label, string? creator = null) => Call(GraceDbOperation.AddLabel, () => _inner.AddLabel(graceId, label, creator));

    public void RemoveLabel(GraceId graceId, string label) => Call(GraceDbOperation.RemoveLabel, () =>
    {
        _inner.RemoveLabel(graceId, label);
        return true;
    });

    public IReadOnlyList<FileVersionRecord> Files(GraceId graceId) => Call(GraceDbOperation.Files, () => _inner.Files(graceId));

    public byte[] FileContents(GraceId graceId, string fileReference) => Call(GraceDbOperation.FileContents, () => _inner.FileContents(graceId, fileReference));

    public SignoffRecord CreateSignoff(GraceId graceId, SignoffType signoffType, string? instrument, SignoffStatus status, string comment, string? submitter = null) =>
        Call(GraceDbOperation.CreateSignoff, () => _inner.CreateSignoff(graceId, signoffType, instrument, status, comment, submitter));

    public IReadOnlyList<SignoffRecord> Signoffs(GraceId graceId) => Call(GraceDbOperation.Signoffs, () => _inner.Signoffs(graceId));

    public VoEventRecord CreateVoEvent(GraceId graceId, VoEventRequest request, string? issuer = null) => Call(GraceDbOperation.CreateVoEvent, () => _inner.CreateVoEvent(graceId, request, issuer));

    public IReadOnlyList<VoEventRecord> VoEvents(GraceId graceId) => Call(GraceDbOperation.VoEvents, () => _inner.VoEvents(graceId));

    private T Call<T>(GraceDbOperation operation, Func<T> call)
    {
        DateTimeOffset now = _time.GetUtcNow();

        // Every rule draws once per call whether or not an earlier one fired, so the draws of one rule do not
        // depend on the outcomes of the others.
        FaultRule? fired = null;
        foreach (FaultRule rule in _plan.Rules)
        {
            bool fires = _random.NextDouble() < rule.Probability;
            if (fired is null && fires && rule.Applies(operation, now))
            {
                fired = rule;
            }
        }

        LastLatency = DrawLatency();
        if (fired is not null)
        {
            FailuresInjected++;
            throw Failure(fired.Status, operation);
        }

        if (LastLatency > TimeSpan.Zero && ReferenceEquals(_time, TimeProvider.System))
        {
            Task.Delay(LastLatency, _time).GetAwaiter().GetResult();
        }

        return call();
    }

    private TimeSpan DrawLatency()
    {
        if (_plan.MeanLatency <= TimeSpan.Zero && _plan.LatencyJitter <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // Uniform in [mean - jitter, mean + jitter], clipped at zero.
        double seconds = _plan.MeanLatency.TotalSeconds + ((_random.NextDouble() * 2) - 1) * _plan.LatencyJitter.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    private static GraceDbException Failure(int status, GraceDbOperation operation) => status switch
    {
        409 => new GraceDbConflictException($"injected fault: 409 Conflict on {operation}"),
        GraceDbTransientException.ConnectionReset => new GraceDbTransientException(status, $"injected fault: connection reset during {operation}"),
        _ => new GraceDbTransientException(status, $"injected fault: {status} on {operation}"),
    };
}
