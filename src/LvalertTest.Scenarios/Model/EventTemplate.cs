using LvalertTest.Simulation.Generators;

namespace LvalertTest.Scenarios.Model;

/// <summary>
/// One kind of event in the mix: its pipeline upload and the steps that follow its creation. Without
/// <see cref="FileContent"/>, the upload is made in the pipeline's format from the event's time, FAR and instruments.
/// </summary>
public sealed record EventTemplate(
    string Name,
    double Weight,
    string Group,
    string Pipeline,
    string? Search,
    string FileName,
    string FileContent,
    IReadOnlyList<string> Labels,
    IReadOnlyList<StepTemplate> Steps,
    double Far = 1e-9,
    string Instruments = "H1,L1",
    GeneratedEvent? Generated = null);

/// <summary>
/// An event made by a generator set (built in, or from an original event config) instead of inline steps. FAR and
/// instruments are the given ones, or else drawn from the calibrated distribution.
/// </summary>
public sealed record GeneratedEvent(GeneratorSet Set, double? Far, IReadOnlyList<string>? Instruments);

/// <summary>What a step writes.</summary>
public enum StepKind
{
    Log,
    Label,
    Unlabel,

    /// <summary>A VOEvent of the type named by the step's text (preliminary, initial, update, retraction).</summary>
    VoEvent,
}

/// <summary>
/// A follow-up step: at <see cref="AtSeconds"/> after creation, jittered by a normal of
/// <see cref="JitterSeconds"/> clipped at zero, happening with probability <see cref="Probability"/>.
/// </summary>
public sealed record StepTemplate(
    StepKind Kind,
    double AtSeconds,
    double JitterSeconds,
    double Probability,
    string Text,
    string? FileName,
    string? FileContent,
    IReadOnlyList<string> Tags);
