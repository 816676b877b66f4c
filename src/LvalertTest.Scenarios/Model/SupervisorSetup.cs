namespace LvalertTest.Scenarios.Model;

/// <summary>
/// The supervisor a scenario runs beside the fake GraceDb: an lvalert_listenMP process file (one engine per section,
/// each on its nodes with its childConfig), given directly or made from one childConfig and the nodes it serves.
/// </summary>
/// <param name="ProcessFile">The process file (absolute); null when <paramref name="ChildConfig"/> is given instead.</param>
/// <param name="ChildConfig">One childConfig (absolute), served on <paramref name="Nodes"/>.</param>
/// <param name="Nodes">The nodes of a single childConfig; empty: every node the scenario's events publish to.</param>
/// <param name="OverHttp">The supervisor reaches the run's GraceDb over its REST API on 127.0.0.1, not in process.</param>
public sealed record SupervisorSetup(string? ProcessFile, string? ChildConfig, IReadOnlyList<string> Nodes, bool OverHttp = false);
