using ChatPhone.Bot.Hosting;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.Options;

namespace ChatPhone.Bot.Playground;

/// <summary><c>GET /playground/people</c>: the default tenant's directory, for the page's identity picker.</summary>
internal static class PeopleEndpoint
{
    public const string Path = "/playground/people";

    public static void MapPlaygroundPeople(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (IDirectoryStore directory, IOptions<BotOptions> options, CancellationToken cancellationToken) =>
        {
            var tenant = TenantId.Parse(options.Value.DefaultTenantId);
            var people = await directory.ListAsync(tenant, cancellationToken);
            return Results.Ok(new
            {
                tenantId = tenant.ToString(),
                people = people.Select(p => new { p.DisplayName, p.Upn, p.AadObjectId, role = p.Role.Name() }),
            });
        });
}
