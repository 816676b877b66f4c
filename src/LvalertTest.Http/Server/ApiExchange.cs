using System.Net.Http.Headers;
using System.Text;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;
using Microsoft.AspNetCore.Http;

namespace LvalertTest.Http.Server;

/// <summary>One request as the endpoints see it: the service URL it was addressed to, who acts, route values, form fields.</summary>
internal sealed class ApiExchange(HttpContext context)
{
    private IFormCollection? _form;

    public HttpContext Context => context;

    /// <summary>The API root as the caller reached it, so links in answers work from where the caller stands.</summary>
    public string ServiceUrl => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/api/";

    /// <summary>The user the fake records: the acting-user header, else the basic-auth name, else the store's default.</summary>
    public string? ActingUser
    {
        get
        {
            string? header = context.Request.Headers[ApiNames.ActingUserHeader];
            if (!string.IsNullOrWhiteSpace(header))
            {
                return header;
            }

            return AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out AuthenticationHeaderValue? auth)
                && string.Equals(auth.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
                && auth.Parameter is { } parameter
                && TryBasicUser(parameter) is { } user
                ? user
                : null;
        }
    }

    public GraceId GraceId
    {
        get
        {
            string text = Route("graceid");

            // The real server's URL patterns only match GraceIDs; anything else is not a resource there: 404.
            return GraceId.TryParse(text, out GraceId id) ? id : throw new GraceDbNotFoundException($"'{text}' is not a GraceID");
        }
    }

    public string Route(string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    public int RouteNumber(string name) =>
        int.TryParse(Route(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new GraceDbNotFoundException($"'{Route(name)}' is not a number");

    /// <summary>Reads the whole form (multipart or url-encoded) before anything is stored, so a broken upload writes nothing.</summary>
    public async Task ReadFormAsync()
    {
        if (!context.Request.HasFormContentType)
        {
            throw new GraceDbValidationException($"expected multipart/form-data or application/x-www-form-urlencoded, got '{context.Request.ContentType ?? "no body"}'");
        }

        _form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
    }

    public string? Field(string name)
    {
        string? value = Form[name];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredField(string name) => Field(name) ?? throw new GraceDbValidationException($"{name}: this field is required");

    public IReadOnlyList<string> Fields(string name) =>
        Form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

    /// <summary>A boolean as the official client sends it (Python's <c>True</c> / <c>False</c>) or as JSON / curl users write it.</summary>
    public bool Flag(string name, bool absent)
    {
        string? value = Field(name);
        return value?.ToLowerInvariant() switch
        {
            null => absent,
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw new GraceDbValidationException($"{name}: '{value}' is not a boolean (True or False)"),
        };
    }

    public IFormFile? File(string name) => Form.Files.GetFile(name);

    public string? Query(string name)
    {
        string? value = context.Request.Query[name];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private IFormCollection Form => _form ?? throw new InvalidOperationException("the form was not read");

    private static string? TryBasicUser(string parameter)
    {
        try
        {
            string pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            int colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? pair[..colon] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
