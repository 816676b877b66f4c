namespace LvalertTest.Simulation.Kernel;

/// <summary>
/// Something the kernel runs when its entry comes due. One handler usually serves many entries
/// (a schedule, a timer), told apart by <paramref name="argument"/>, so an entry needs no object of its own
/// and stays 16 bytes in the queue.
/// </summary>
public interface IDueWork
{
    void RunDue(long argument);
}
