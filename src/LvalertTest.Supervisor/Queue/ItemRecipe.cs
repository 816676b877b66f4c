using System.Text.Json.Nodes;

namespace LvalertTest.Supervisor.Queue;

/// <summary>
/// What a queue item is made from: a kind that names its maker (<c>command</c>, <c>heartbeat</c>, or a process
/// type's own, e.g. <c>test.printAlert</c>) and the arguments it was created with. Checkpoints store recipes, never
/// live objects, so items holding clients or callbacks survive a restart (the original pickled objects).
/// </summary>
public sealed record ItemRecipe(string Kind, JsonObject Arguments);
