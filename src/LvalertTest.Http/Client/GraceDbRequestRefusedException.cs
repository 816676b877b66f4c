using LvalertTest.Core.GraceDb;

namespace LvalertTest.Http.Client;

/// <summary>
/// A status the fake never answers but a real service does (401 / 403 without the right credentials, 405, 413, ...):
/// the request was refused and nothing was done. <see cref="GraceDbException.StatusCode"/> is the status.
/// </summary>
public sealed class GraceDbRequestRefusedException(int statusCode, string message) : GraceDbException(statusCode, message);
