namespace LvalertTest.Scenarios.Model;

/// <summary>Where a run keeps its fake GraceDb: in memory, or on disk in the output directory's <c>gracedb/</c>.</summary>
public enum StoreKind
{
    Memory,
    Disk,
}
