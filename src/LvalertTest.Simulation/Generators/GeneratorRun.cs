using System.Globalization;
using LvalertTest.Simulation.Randomness;
using LvalertTest.Simulation.Schedules;

namespace LvalertTest.Simulation.Generators;

/// <summary>
/// One generator's turn for one event: the event's handle and facts, the generator's settings, its own random stream
/// (a fork of the event's), and for anchored generators the parent action and the schedule built so far.
/// </summary>
public sealed class GeneratorRun
{
    private SeededFaker? _faker;

    public GeneratorRun(EventHandle handle, EventFacts facts, GeneratorSettings settings, RandomStream stream, SimAction? parent = null, Schedule? before = null)
    {
        Handle = handle ?? throw new ArgumentNullException(nameof(handle));
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Stream = stream ?? throw new ArgumentNullException(nameof(stream));
        Parent = parent;
        Before = before ?? Schedule.Empty;
    }

    public EventHandle Handle { get; }

    public EventFacts Facts { get; }

    public GeneratorSettings Settings { get; }

    public RandomStream Stream { get; }

    /// <summary>The action this run is anchored to (its dt is this run's t0), or null.</summary>
    public SimAction? Parent { get; }

    /// <summary>The event's schedule before this generator ran (a comparison lists the sky maps in it).</summary>
    public Schedule Before { get; }

    /// <summary>Human-facing text (names, comments), seeded from a fork of this run's stream; made on first use.</summary>
    public SeededFaker Faker => _faker ??= SeededFaker.From(Stream.Fork("faker"));

    /// <summary>The same run drawing from a named fork of its stream (one instrument's iDQ, one chanset's scan).</summary>
    public GeneratorRun Fork(string name) => new(Handle, Facts, Settings, Stream.Fork(name), Parent, Before);

    /// <summary>The step's numbers (a step missing from the settings is a bug in the generator).</summary>
    public StepSettings Step(string step) =>
        Settings.Steps.TryGetValue(step, out StepSettings? settings) ? settings : throw new KeyNotFoundException($"no settings for step '{step}'");

    /// <summary>A numeric option; a value that is not a finite number throws, naming the option.</summary>
    public double Number(string option)
    {
        string text = Settings.Option(option);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"option '{option}' = '{text}' is not a number");
    }

    /// <summary>A probability option, in [0, 1].</summary>
    public double Probability(string option)
    {
        double p = Number(option);
        return p is >= 0 and <= 1 ? p : throw new FormatException($"option '{option}' = '{Settings.Option(option)}' is not a probability in [0, 1]");
    }

    /// <summary>Draws the step's delay and outcome; both numbers are drawn whatever the outcome.</summary>
    public StepDraw Draw(string step) => Draw(Step(step));

    public StepDraw Draw(StepSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double seconds = Stream.NormalClippedAtZero(settings.Delay, settings.Jitter);
        bool happens = Stream.Bernoulli(settings.Prob);
        return new StepDraw(seconds, happens);
    }
}
