using LvalertTest.Scenarios.Model;
using LvalertTest.Simulation.Kernel;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Scenarios.Building;

/// <summary>
/// Feeds arrivals to the kernel one at a time: when an event arrives, its schedule is built and submitted and the
/// next arrival is queued. Only one arrival is ever pending, so a simulated year holds no more than its live events.
/// </summary>
internal sealed class ArrivalFeeder : IDueWork
{
    private readonly Scenario _scenario;
    private readonly RandomStreams _streams;
    private readonly SimulationKernel _kernel;
    private readonly IActionSink _sink;
    private readonly IEnumerator<TimeSpan> _offsets;
    private readonly double[] _weights;
    private readonly Action<EventHandle, DateTimeOffset>? _scheduled;

    /// <param name="scheduled">Told of each event as it arrives, with the time of its last scheduled action.</param>
    public ArrivalFeeder(Scenario scenario, RandomStreams streams, SimulationKernel kernel, IActionSink sink, Action<EventHandle, DateTimeOffset>? scheduled = null)
    {
        _scheduled = scheduled;
        _scenario = scenario;
        _streams = streams;
        _kernel = kernel;
        _sink = sink;
        _offsets = scenario.Arrivals.Offsets(streams.Stream("arrivals")).GetEnumerator();
        _weights = scenario.Events.Select(e => e.Weight).ToArray();
    }

    public long Arrived { get; private set; }

    public long ActionsSubmitted { get; private set; }

    /// <summary>Queues the first arrival (if any).</summary>
    public void Start() => QueueNext();

    public void RunDue(long argument)
    {
        RandomStream stream = _streams.Stream("event", argument);
        EventTemplate template = _scenario.Events.Count == 1 ? _scenario.Events[0] : _scenario.Events[stream.WeightedIndex(_weights)];
        var handle = new EventHandle($"{template.Name}#{argument}");
        Schedule schedule = EventScheduleBuilder.Build(template, handle, stream, _kernel.Now);
        ActionsSubmitted += ScheduleDriver.Submit(_kernel, schedule, _kernel.Now, _sink);
        _scheduled?.Invoke(handle, _kernel.Now + schedule.Span);
        Arrived++;
        QueueNext();
    }

    private void QueueNext()
    {
        if (_offsets.MoveNext())
        {
            // Arrivals run first at their instant, so the event they bring is queued before anything else due then runs.
            _kernel.Enqueue(_scenario.Start + _offsets.Current, this, Arrived, WorkPriority.World - 1);
        }
    }
}
