namespace LvalertTest.Simulation.Schedules;

/// <summary>Carries out actions when they come due (against a fake GraceDb, a real one, or a recorder).</summary>
public interface IActionSink
{
    void Execute(SimAction action, DateTimeOffset now);
}
