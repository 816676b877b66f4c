using System.IO.Abstractions;
using LvalertTest.Core.Config;

namespace LvalertTest.Supervisor.Config;

/// <summary>
/// A child process's own config (lvalertMP's childConfig): <c>[general] process_type</c> (required) picks what the
/// process does, and <c>log_directory</c> (default ".", relative to the working directory as in the original) where
/// it logs. Other options belong to the process type.
/// </summary>
/// <param name="Path">The file the config was read from.</param>
/// <param name="ProcessType">The process type's registered name.</param>
/// <param name="LogDirectory">The value of log_directory, as written.</param>
/// <param name="Ini">The whole file, for the process type's own options.</param>
public sealed record ChildConfigFile(string Path, string ProcessType, string LogDirectory, IniDocument Ini)
{
    private const string General = "general";

    /// <exception cref="IniFormatException">The file is missing, malformed, or has no [general] process_type.</exception>
    public static ChildConfigFile Read(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!fileSystem.File.Exists(path))
        {
            throw new IniFormatException($"{path}: no such childConfig file");
        }

        IniDocument ini = IniDocument.Parse(fileSystem.File.ReadAllText(path), path);
        string processType = ini.Get(General, "process_type");
        if (processType.Length == 0)
        {
            throw new IniFormatException($"{path}: [{General}] process_type: is empty");
        }

        return new ChildConfigFile(path, processType, ini.GetOrNull(General, "log_directory") ?? ".", ini);
    }
}
