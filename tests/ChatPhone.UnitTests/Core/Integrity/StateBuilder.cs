using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Storage;

namespace ChatPhone.UnitTests.Core.Integrity;

/// <summary>Builds a full tenant read in memory, documents serialised exactly as the store keeps them.</summary>
internal sealed class StateBuilder
{
    private readonly Dictionary<string, Dictionary<string, string>> _collections = new()
    {
        ["numbers"] = [], ["user-numbers"] = [], ["number-usage"] = [], ["subscriptions"] = [], ["licenses"] = [], ["addresses"] = [], ["resource-accounts"] = [],
        ["conferencing-organizers"] = [], ["conferencing-bridge"] = [], ["conferencing-settings"] = [],
        ["call-queues"] = [], ["auto-attendants"] = [], ["number-orders"] = [], ["reservations"] = [], ["stock-cursors"] = [],
        ["people"] = [], ["setup-tallies"] = [],
    };

    public StateBuilder Put<T>(DocumentCollection<T> collection, string id, T value)
    {
        _collections[collection.Name][id] = collection.Write(value);
        return this;
    }

    public StateBuilder Number(PhoneNumber number) => Put(NumberCollections.Numbers, number.Number, number);

    public StateBuilder Usage(int user, int toll, int tollFree) =>
        Put(NumberCollections.Usage, "User", new NumberUsage(user)).Put(NumberCollections.Usage, "Toll", new NumberUsage(toll))
            .Put(NumberCollections.Usage, "TollFree", new NumberUsage(tollFree));

    public StateBuilder Person(string id, string usageLocation) =>
        Put(DirectoryCollections.People, id, new Person(id, id + "@contoso.com", id, usageLocation, string.Empty, Role.User));

    public StateBuilder Tallies(SetupTallies tallies) => Put(SetupCollections.Tallies, SetupTalliesIndex.Id, tallies);

    public StateBuilder Lines(string userId, params UserLine[] lines) => Put(NumberCollections.UserLines, userId, lines.ToList());

    public StateBuilder Licensed(string userId, params Sku[] skus) => Put(LicensingCollections.Users, userId, new UserLicenses(userId, "US", skus));

    public StateBuilder Subscription(Sku sku, int purchased, int consumed) =>
        Put(LicensingCollections.Subscriptions, sku.ToString(), new Subscription(sku, purchased, consumed));

    public StateBuilder Address(CivicAddress address) => Put(EmergencyCollections.Addresses, address.Id, address);

    public StateBuilder Account(ResourceAccount account) => Put(ResourceAccountCollections.Accounts, account.Id, account);

    public IReadOnlyList<Violation> Check() =>
        InvariantChecker.Check(new TenantState(new TenantSnapshot(
            new Dictionary<(string, string), string?>(),
            _collections.ToDictionary(c => c.Key, c => new CollectionSnapshot(c.Value, 1))))).ToList();
}
