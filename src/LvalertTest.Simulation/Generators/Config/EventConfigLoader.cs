using System.Globalization;
using LvalertTest.Core.Config;
using LvalertTest.Simulation.Generators.FollowUps;
using LvalertTest.Simulation.Generators.Humans;
using LvalertTest.Simulation.Generators.Pipelines;

namespace LvalertTest.Simulation.Generators.Config;

/// <summary>
/// Reads an original lvalertTest event config (<c>etc/gstlal.ini</c>, <c>cwb.ini</c>, <c>olib.ini</c>) unchanged into a
/// <see cref="GeneratorSet"/>: <c>[general]</c> names the pipeline, and each known section configures its generator
/// (<c>[humans]</c>, <c>[idq]</c>, <c>[segDB2grcDB]</c> and one section per flag, <c>[plot skymaps]</c>, <c>[skyviewer]</c>,
/// <c>[bayestar]</c>, <c>[lalinference]</c>, <c>[lib]</c>, <c>[bayeswave]</c>, <c>[cwbPE]</c>, <c>[external triggers]</c>,
/// <c>[unblind injections]</c>). A generator without its section is not in the set, as in the original. Options the
/// original read are required; a missing or malformed one is an <see cref="EventConfigException"/>.
/// </summary>
public static class EventConfigLoader
{
    private static readonly (string Section, Generator Generator)[] PeSections =
        [("bayestar", BayestarGenerator.Instance), ("lalinference", PeGenerator.LalInference), ("lib", PeGenerator.LibPe), ("bayeswave", PeGenerator.BayesWave), ("cwbPE", PeGenerator.CwbPe)];

    private static readonly string[] IdqSteps = ["start", "tables", "fap", "gwf", "timeseries", "activeChan", "calib", "roc", "stats"];

    public static GeneratorSet Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EventConfigException(path, "(file)", "(file)", $"cannot read: {e.Message}");
        }

        try
        {
            return Read(IniDocument.Parse(text, path));
        }
        catch (IniFormatException e)
        {
            throw new EventConfigException(path, "(syntax)", "(syntax)", e.Message);
        }
    }

    public static GeneratorSet Read(IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(ini);
        var r = new Reader(ini);
        string pipelineName = r.Text("general", "pipeline");
        PipelineGenerator pipeline = GeneratorSets.Catalogue.OfType<PipelineGenerator>().FirstOrDefault(p => p.Pipeline == pipelineName)
            ?? throw r.Fail("general", "pipeline", $"'{pipelineName}' is not a simulated pipeline ({string.Join(", ", GeneratorSets.Catalogue.OfType<PipelineGenerator>().Select(p => p.Pipeline))})");
        var members = new List<ConfiguredGenerator>
        {
            new(pipeline, pipeline.Defaults().WithOption("group", r.Text("general", "group")).WithOption("search", ini.GetOrNull("general", "search") ?? string.Empty)),
        };

        if (ini.HasSection("humans"))
        {
            members.AddRange(Humans(r));
        }

        if (ini.HasSection("idq"))
        {
            members.Add(Idq(r));
        }

        if (ini.HasSection("segDB2grcDB"))
        {
            members.Add(SegDb(r));
        }

        foreach ((string section, Generator generator) in new (string, Generator)[] { ("external triggers", SearchGenerator.ExternalTriggers), ("unblind injections", SearchGenerator.UnblindInjections) })
        {
            if (ini.HasSection(section))
            {
                r.Probability(section, "success prob");
                members.Add(new(generator, generator.Defaults().WithStep("report", r.Step(section, "delay", "jitter", "respond prob"))));
            }
        }

        foreach ((string section, Generator generator) in PeSections.Where(p => ini.HasSection(p.Section)))
        {
            GeneratorSettings settings = generator.Defaults().WithOption("lvem", r.Boolean(section, "lvem") ? "True" : "False");
            foreach (string step in new[] { "start", "finish", "skymap" }.Where(s => generator.HasStep(s, settings)))
            {
                settings = settings.WithStep(step, r.Step(section, $"{step} delay", $"{step} jitter", $"{step} prob"));
            }

            members.Add(new(generator, settings));
        }

        // The original parsed [skyviewer] but gave every sky map the plot's numbers for both; each has its own here.
        if (ini.HasSection("plot skymaps"))
        {
            members.Add(new(SkymapFollowUpGenerator.Plot, SkymapFollowUpGenerator.Plot.Defaults().WithStep("plot", r.Step("plot skymaps", "plotSkymap delay", "plotSkymap jitter", "plotSkymap prob"))));
        }

        if (ini.HasSection("skyviewer"))
        {
            members.Add(new(SkymapFollowUpGenerator.Skyviewer, SkymapFollowUpGenerator.Skyviewer.Defaults().WithStep("skyviewer", r.Step("skyviewer", "skyviewer delay", "skyviewer jitter", "skyviewer prob"))));
        }

        return new GeneratorSet(Path.GetFileNameWithoutExtension(ini.Source), members);
    }

    private static IEnumerable<ConfiguredGenerator> Humans(Reader r)
    {
        string request = r.Boolean("humans", "request") ? "True" : "False";
        string respond = r.Boolean("humans", "respond") ? "True" : "False";
        foreach ((Generator generator, string prefix) in new (Generator, string)[] { (SignoffGenerator.SiteOperators, "site"), (SignoffGenerator.Advocate, "adv") })
        {
            yield return new(generator, generator.Defaults()
                .WithOption("request", request)
                .WithOption("respond", respond)
                .WithOption("success prob", r.Probability("humans", $"{prefix} success prob").ToString("R", CultureInfo.InvariantCulture))
                .WithStep("request", new StepSettings(r.Seconds("humans", "request delay"), r.Seconds("humans", "request jitter"), 1))
                .WithStep("respond", r.Step("humans", $"{prefix} respond delay", $"{prefix} respond jitter", $"{prefix} respond prob")));
        }
    }

    private static ConfiguredGenerator Idq(Reader r)
    {
        // The shipped configs say "H L"; the supervisor (and iDQ itself) names interferometers H1, L1.
        string instruments = string.Join(' ', r.Words("idq", "instruments").Select(i => i.Length == 1 ? i + "1" : i));
        GeneratorSettings settings = IdqGenerator.Instance.Defaults()
            .WithOption("instruments", instruments)
            .WithOption("classifiers", string.Join(' ', r.Words("idq", "classifiers")));
        foreach (string option in new[] { "pad left", "pad right", "minFAP", "maxFAP" })
        {
            settings = settings.WithOption(option, r.Seconds("idq", option).ToString("R", CultureInfo.InvariantCulture));
        }

        if (r.Seconds("idq", "minFAP") <= 0 || r.Seconds("idq", "maxFAP") < r.Seconds("idq", "minFAP"))
        {
            throw r.Fail("idq", "minFAP", "needs 0 < minFAP <= maxFAP");
        }

        foreach (string step in IdqSteps)
        {
            settings = settings.WithStep(step, r.Step("idq", $"{step} delay", $"{step} jitter", $"{step} prob"));
        }

        return new(IdqGenerator.Instance, settings);
    }

    private static ConfiguredGenerator SegDb(Reader r)
    {
        IReadOnlyList<string> flags = r.Words("segDB2grcDB", "flags");
        GeneratorSettings settings = SegDbGenerator.Instance.Defaults()
            .WithOption("flags", string.Join(' ', flags))
            .WithStep("start", r.Step("segDB2grcDB", "start delay", "start jitter", "start prob"));
        foreach (string flag in flags)
        {
            if (!r.Ini.HasSection(flag))
            {
                throw r.Fail("segDB2grcDB", "flags", $"names {flag}, which has no [{flag}] section");
            }

            settings = settings.WithStep(flag, r.Step(flag, "delay", "jitter", "prob"))
                .WithOption($"win {flag}", r.Seconds(flag, "win").ToString("R", CultureInfo.InvariantCulture));
        }

        return new(SegDbGenerator.Instance, settings);
    }

    /// <summary>Typed reads that fail with the file, section and option.</summary>
    private sealed class Reader(IniDocument ini)
    {
        public IniDocument Ini => ini;

        public EventConfigException Fail(string section, string option, string problem) => new(ini.Source, section, option, problem);

        public string Text(string section, string option) =>
            ini.GetOrNull(section, option) is { Length: > 0 } value ? value.Trim()
            : throw Fail(section, option, ini.HasSection(section) ? "is missing" : "is missing (no such section)");

        public IReadOnlyList<string> Words(string section, string option) =>
            Text(section, option).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        public double Seconds(string section, string option)
        {
            string text = Text(section, option);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= 0
                ? value
                : throw Fail(section, option, $"'{text}' is not a number >= 0");
        }

        public double Probability(string section, string option)
        {
            double p = Seconds(section, option);
            return p <= 1 ? p : throw Fail(section, option, $"'{Text(section, option)}' is not a probability in [0, 1]");
        }

        public bool Boolean(string section, string option) => Text(section, option).ToLowerInvariant() switch
        {
            "1" or "yes" or "true" or "on" => true,
            "0" or "no" or "false" or "off" => false,
            _ => throw Fail(section, option, $"'{Text(section, option)}' is not a boolean (true/false, yes/no, on/off, 1/0)"),
        };

        public StepSettings Step(string section, string delay, string jitter, string prob) =>
            new(Seconds(section, delay), Seconds(section, jitter), Probability(section, prob));
    }
}
