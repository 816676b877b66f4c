using LvalertTest.Reports.Soak;
using Spectre.Console;

namespace LvalertTest.Cli.Progress;

/// <summary>
/// Shows a soak's progress while <c>work</c> runs: a Spectre.Console bar on an interactive terminal, plain periodic
/// lines when output is redirected, captured, or <c>CI=true</c>.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(SoakProgress progress, TextWriter output, Func<Action<HourMetrics>, T> work)
    {
        if (!IsInteractive(output))
        {
            var plain = new PlainProgress(progress, output);
            return work(hour =>
            {
                progress.Add(hour);
                plain.HourClosed();
            });
        }

        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(progress.Status()), maxValue: Math.Max(1, progress.TotalHours));
                result = work(hour =>
                {
                    progress.Add(hour);
                    task.Value = Math.Min(progress.Hours, task.MaxValue);
                    task.Description = Markup.Escape(progress.Status());
                });
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
