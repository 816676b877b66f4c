namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>
/// pe/bayestar.py, embright.py, lalinf.py, libPE.py, bayeswavePE.py and cwbPE.py: each parameter-estimation pipeline
/// announced its start, posted its products and sky map (tagged as <c>skymap tagnames</c> says; no option, no tag
/// check) and its end.
/// </summary>
internal static class PeItems
{
    public static void Register(EsItemCatalogue catalogue)
    {
        catalogue.Add("bayestar start", r => [Log(r, "bayestarStart", "check that BAYESTAR started", "dt", "INFO:BAYESTAR:starting sky localization")]);
        catalogue.Add("bayestar", r => [Skymap(r, "bayestarSkymap", "check that BAYESTAR uploaded its sky map", "bayestar.fits.gz")]);
        catalogue.Add("bayestarNoVirgo", r => [new BayestarNoVirgoTask(r.Setup(), r.Section.Seconds("skymap dt"), Tags(r))]);
        catalogue.Add("bayestar finish", r => [Log(r, "bayestarFinish", "check that BAYESTAR finished", "finish dt", "INFO:BAYESTAR:sky localization complete")]);
        catalogue.Add("em bright", r => [new FileTask(r.Setup(), "emBright", "check that the EM-bright source classification was uploaded", r.Section.Seconds("dt"),
            new FileExpectation($"Source_Classification_{r.GraceId}.json"))]);

        // The original's start check looked for "LALInference online parameter estimation started", which LALInference
        // never posts; the message that triggers [lalinf] is the one it does post.
        catalogue.Add("lalinf start", r => [Log(r, "lalinfStart", "check that LALInference started", "dt", "LALInference online estimation started")]);
        catalogue.Add("lalinf", r =>
        [
            Skymap(r, "lalinfSkymap", "check that LALInference uploaded its sky map", "LALInference.fits.gz"),
            Log(r, "lalinfFinish", "check that LALInference finished", "finish dt", "LALInference online estimation finished"),
        ]);

        catalogue.Add("lib pe start", r => [Log(r, "libPEStart", "check that LIB parameter estimation started", "dt", "LIB Parameter estimation started.")]);
        catalogue.Add("lib pe", r =>
        [
            new FileTask(r.Setup(), "libPEPostSamp", "check that LIB uploaded its posterior samples", r.Section.Seconds("post samp dt"), new FileExpectation("posterior_samples.dat")),
            Log(r, "libPEBayesFactors", "check that LIB posted its Bayes factors", "bayes factor dt", "LIB PE summary"),
            Skymap(r, "libPESkymap", "check that LIB uploaded its sky map", "LIB.fits.gz"),

            // The original wanted a final period; a substring test without it accepts the message with or without.
            Log(r, "libPEFinish", "check that LIB parameter estimation finished", "finish dt", "LIB Parameter estimation finished"),
        ]);

        // The original's start check looked for "BayesWave launched" after 2016-12-22, while [bayeswave pe] is still
        // triggered by "BayesWaveBurst launched", the message BayesWaveBurst posts; the check accepts that one.
        catalogue.Add("bayeswave pe start", r => [Log(r, "bayeswavePEStart", "check that BayesWave parameter estimation started", "dt", "BayesWaveBurst launched")]);
        catalogue.Add("bayeswave pe", r =>
        [
            Log(r, "bayeswavePEPostSamp", "check that BayesWave posted its follow-up results", "post samp dt", "BWB Follow-up results"),
            Log(r, "bayeswavePEEstimate", "check that BayesWave posted its parameter estimates", "estimate dt", "BWB parameter estimation"),
            Log(r, "bayeswavePEBayesFactors", "check that BayesWave posted its Bayes factors", "bayes factor dt", "BWB Bayes Factors"),
            Skymap(r, "bayeswavePESkymap", "check that BayesWave uploaded its sky map", "BayesWave.fits.gz"),
        ]);

        catalogue.Add("cwb pe", r =>
        [
            Log(r, "cWBPECED", "check that cWB posted its coherent event display", "ced dt", "cWB CED"),
            Log(r, "cWBPEEstimate", "check that cWB posted its parameter estimates", "estimate dt", "cWB parameter estimation"),
            Skymap(r, "cWBPESkymap", "check that cWB uploaded its sky map", "skyprobcc_cWB.fits"),
        ]);
    }

    private static LogTask Log(EsItemRequest r, string task, string description, string dtOption, string fragment) =>
        new(r.Setup(), task, description, r.Section.Seconds(dtOption), fragment);

    private static FileTask Skymap(EsItemRequest r, string task, string description, string file) =>
        new(r.Setup(), task, description, r.Section.Seconds("skymap dt"), new FileExpectation(file, Tags: Tags(r)));

    /// <summary>The sky map's expected tags, or null (ignore tags) when the section does not give them.</summary>
    private static IReadOnlyList<string>? Tags(EsItemRequest r) => r.Section.Has("skymap tagnames") ? r.Section.Words("skymap tagnames") : null;
}
