namespace LvalertTest.Simulation.Notices;

/// <summary>
/// One notice of a generated sequence: when it goes out (after the sequence's t0), the GCN topic it is published on,
/// and its text (VOEvent XML or igwn JSON), ready to be delivered to a listener.
/// </summary>
public sealed record TimedNotice(TimeSpan Dt, string Topic, string Packet);
