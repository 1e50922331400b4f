using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>
/// Resource accounts (reference step 9): create, license, give a service number, delete. The order the
/// reference insists on is enforced: a number needs a license; deleting needs the number gone first.
/// Split by concern into partial files.
/// </summary>
public sealed partial class ResourceAccountService(CommandRunner runner)
{
    /// <summary>
    /// Creates an unlicensed resource account. The UPN must be e-mail shaped, unused by any other
    /// resource account and not the UPN of a person in the directory.
    /// </summary>
    public Task<Result<ResourceAccount>> CreateAsync(CreateResourceAccount command, CancellationToken cancellationToken = default)
    {
        var upn = ResourceAccountRules.Upn(command.Upn);
        var name = ResourceAccountRules.DisplayName(command.DisplayName);
        var invalid = upn.Error ?? name.Error ?? (Enum.IsDefined(command.Kind) ? null : new Error("resource_account.invalid_kind"));
        var id = Guid.NewGuid().ToString("N");
        return RunAsync(command, AuditActions.ResourceAccounts.Create, invalid,
            reads => reads.One(ResourceAccountCollections.Upns, upn.Value).All(DirectoryCollections.People),
            context =>
            {
                if (context.Find(ResourceAccountCollections.Upns, upn.Value) is not null)
                {
                    return new Error("resource_account.upn_taken", upn.Value);
                }

                if (context.All(DirectoryCollections.People).Values.FirstOrDefault(p => p.Upn.Equals(upn.Value, StringComparison.OrdinalIgnoreCase)) is { } person)
                {
                    return new Error("resource_account.upn_is_person", upn.Value, person.DisplayName);
                }

                var account = new ResourceAccount(id, upn.Value, name.Value, command.Kind, License: null, Number: null,
                    AssociatedWith: null, CallPriority: 3, context.Now);
                context.Put(ResourceAccountCollections.Upns, upn.Value, new UpnClaim(id));
                return Put(context, account);
            },
            cancellationToken);
    }

    /// <summary>
    /// Licenses a resource account with <c>ResourceAccount</c> (free) or <c>PhoneSystem</c>, taking one unit
    /// of the tenant's subscription. A swap releases the old unit in the same change, as the reference requires.
    /// </summary>
    public Task<Result<ResourceAccount>> LicenseAsync(LicenseResourceAccount command, CancellationToken cancellationToken = default)
    {
        var id = command.AccountId.Trim();
        var invalid = ResourceAccountRules.IsResourceAccountLicense(command.License)
            ? null
            : new Error("resource_account.license_invalid", command.License.PartNumber());
        return RunAsync(command, AuditActions.ResourceAccounts.License, invalid,
            reads => ReadSubscriptions(reads.One(ResourceAccountCollections.Accounts, id)),
            context =>
            {
                if (Find(context, id) is not { } account)
                {
                    return NotFound(command.AccountId);
                }

                if (account.License == command.License)
                {
                    return account;
                }

                var key = command.License.ToString();
                if (context.Find(LicensingCollections.Subscriptions, key) is not { Available: > 0 } subscription)
                {
                    return new Error("resource_account.no_license_available", command.License.PartNumber());
                }

                context.Put(LicensingCollections.Subscriptions, key, subscription with { Consumed = subscription.Consumed + 1 });
                Release(context, account.License);
                return Put(context, account with { License = command.License });
            },
            cancellationToken);
    }

    private Task<Result<ResourceAccount>> RunAsync(
        IMutation command,
        string action,
        Error? invalid,
        Action<Storage.ReadSet> reads,
        Func<CommandContext, Result<ResourceAccount>> decide,
        CancellationToken cancellationToken) =>
        runner.RunAsync(command, action, Role.Admin, invalid, reads, decide, ResourceAccountsJson.Default.ResourceAccount, cancellationToken);

    /// <summary>Reads both subscriptions a resource account may consume (its current license is known only after reading).</summary>
    private static Storage.ReadSet ReadSubscriptions(Storage.ReadSet reads) => reads
        .One(LicensingCollections.Subscriptions, nameof(Sku.ResourceAccount))
        .One(LicensingCollections.Subscriptions, nameof(Sku.PhoneSystem));

    private static void Release(CommandContext context, Sku? license)
    {
        if (license is { } sku && context.Find(LicensingCollections.Subscriptions, sku.ToString()) is { } subscription)
        {
            context.Put(LicensingCollections.Subscriptions, sku.ToString(), subscription with { Consumed = Math.Max(0, subscription.Consumed - 1) });
        }
    }

    private static ResourceAccount? Find(CommandContext context, string id) => context.Find(ResourceAccountCollections.Accounts, id);

    private static Error NotFound(string id) => new("resource_account.not_found", id);

    private static Result<ResourceAccount> Put(CommandContext context, ResourceAccount account)
    {
        context.Put(ResourceAccountCollections.Accounts, account.Id, account);
        return account;
    }
}
