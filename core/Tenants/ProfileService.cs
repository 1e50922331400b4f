using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Storage;

namespace ChatPhone.Core.Tenants;

/// <summary>
/// The organisation's profile: admins change it (audited, idempotent, through the <see cref="CommandRunner"/>);
/// anyone's flows read it, to show the organisation's name instead of its tenant id.
/// </summary>
public sealed class ProfileService(CommandRunner runner)
{
    /// <summary>Sets the given parts of the profile; <c>profile.nothing_to_change</c> when none is given.</summary>
    public Task<Result<TenantProfile>> SetAsync(SetProfile command, CancellationToken cancellationToken = default)
    {
        var checkedParts = Check(command);
        return runner.RunAsync(command, AuditActions.Tenants.ProfileSet, Role.Admin, checkedParts.IsSuccess ? null : checkedParts.Error, Read,
            context => Decide(context, checkedParts.Value), ProfileJson.Default.TenantProfile, cancellationToken);
    }

    /// <summary>Stores an empty profile if there is none, so the setup stops asking; a stored profile is left as it is.</summary>
    public Task<Result<TenantProfile>> SkipAsync(SkipProfile command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Tenants.ProfileSkip, Role.Admin, Read,
            context =>
            {
                if (Stored(context) is { } existing)
                {
                    return existing;
                }

                context.Put(ProfileCollections.Profiles, TenantProfile.Id, TenantProfile.Empty);
                return TenantProfile.Empty;
            },
            ProfileJson.Default.TenantProfile, cancellationToken);

    /// <summary>The stored profile of <paramref name="tenant"/>, or <c>profile.not_set</c> when no admin gave (or skipped) it yet.</summary>
    public async Task<Result<TenantProfile>> GetAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(tenant, Read, cancellationToken);
        return snapshot.Find(ProfileCollections.Profiles, TenantProfile.Id) is { } profile ? profile : new Error("profile.not_set");
    }

    /// <summary>The name to show for <paramref name="tenant"/>: the profile's display name, else the tenant id.</summary>
    public async Task<string> DisplayNameAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var profile = await GetAsync(tenant, cancellationToken);
        return profile.IsSuccess ? profile.Value.NameOr(tenant.Value) : tenant.Value;
    }

    private static void Read(ReadSet reads) => reads.One(ProfileCollections.Profiles, TenantProfile.Id);

    private static TenantProfile? Stored(CommandContext context) => context.Find(ProfileCollections.Profiles, TenantProfile.Id);

    // Validates and normalises every given part before anything is read.
    private static Result<TenantProfile> Check(SetProfile command)
    {
        if (command.DisplayName is null && command.Country is null && command.Currency is null)
        {
            return new Error("profile.nothing_to_change");
        }

        string? name = null, country = null, currency = null;
        if (command.DisplayName is not null)
        {
            var n = ProfileRules.Name(command.DisplayName);
            if (!n.IsSuccess)
            {
                return n.Error;
            }

            name = n.Value;
        }

        if (command.Country is not null)
        {
            var c = ProfileRules.Country(command.Country);
            if (!c.IsSuccess)
            {
                return c.Error;
            }

            country = c.Value;
        }

        if (command.Currency is not null)
        {
            var c = ProfileRules.Currency(command.Currency);
            if (!c.IsSuccess)
            {
                return c.Error;
            }

            currency = c.Value;
        }

        return new TenantProfile(name, country, currency);
    }

    private static Result<TenantProfile> Decide(CommandContext context, TenantProfile given)
    {
        var current = Stored(context) ?? TenantProfile.Empty;
        var next = new TenantProfile(given.DisplayName ?? current.DisplayName, given.Country ?? current.Country, given.Currency ?? current.Currency);
        context.Put(ProfileCollections.Profiles, TenantProfile.Id, next);
        return next;
    }
}
