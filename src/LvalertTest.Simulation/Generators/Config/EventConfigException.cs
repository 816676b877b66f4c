namespace LvalertTest.Simulation.Generators.Config;

/// <summary>A broken event config: one line naming the file, the section and the option.</summary>
public sealed class EventConfigException(string file, string section, string option, string problem)
    : FormatException($"{file}: [{section}] {option}: {problem}")
{
    public string File { get; } = file;

    public string Section { get; } = section;

    public string Option { get; } = option;
}
