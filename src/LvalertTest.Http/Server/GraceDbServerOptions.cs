using LvalertTest.FakeGraceDb.Faults;

namespace LvalertTest.Http.Server;

/// <summary>How the fake GraceDb is served. Init-only.</summary>
public sealed record GraceDbServerOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one (read it back from <see cref="GraceDbServer.BaseUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>Events per page of the event list when the request gives no <c>count</c> (the real server's default is 10).</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>The largest request body accepted (uploads); larger ones get 413 before anything is stored.</summary>
    public long MaxRequestBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Failures and latency injected in front of the store, as for the in-process fake.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;

    /// <summary>The seeded generator the fault draws come from; required when <see cref="Faults"/> injects anything.</summary>
    public Random? FaultRandom { get; init; }

    /// <summary>The clock of fault windows and latency waits (latency is waited out on the system clock only).</summary>
    public TimeProvider FaultClock { get; init; } = TimeProvider.System; // wall-clock: a served store answers real clients in real time unless told otherwise

    internal bool InjectsFaults => Faults.Rules.Count > 0 || Faults.MeanLatency > TimeSpan.Zero || Faults.LatencyJitter > TimeSpan.Zero;
}
