using System.Text.Json;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>The kinds of object whose card offers an export of their own.</summary>
public enum ExportedKind
{
    /// <summary>A call queue.</summary>
    CallQueue,

    /// <summary>An auto attendant.</summary>
    AutoAttendant,

    /// <summary>A resource account.</summary>
    ResourceAccount,

    /// <summary>An emergency address with its locations.</summary>
    EmergencyAddress,

    /// <summary>A phone number.</summary>
    PhoneNumber,
}

/// <summary>
/// One object to export, with what it cannot be set up without: a queue or attendant with its resource accounts, the
/// audio files it plays, and each queue, attendant or resource account it sends calls to (with theirs, in turn); a
/// resource account with its number; a number with its holder's licenses and its emergency address. What the object
/// only points at keeps its own association out (a queue overflowing to an attendant's account does not export the
/// attendant). The script stays safe to run twice: it finds what exists by name before creating anything.
/// </summary>
/// <param name="Kind">The kind of object.</param>
/// <param name="Id">Its ChatPhone id (a number's E.164).</param>
public sealed record ExportScope(ExportedKind Kind, string Id)
{
    /// <summary>
    /// The part of <paramref name="tenant"/> that sets the object up, or <c>export.object_not_found</c> when the tenant
    /// has no such object.
    /// </summary>
    public Result<TenantConfiguration> Narrow(TenantConfiguration tenant)
    {
        var closure = new Closure(tenant);
        var found = Kind switch
        {
            ExportedKind.CallQueue => closure.AddVoiceApp(Id, seed: true),
            ExportedKind.AutoAttendant => closure.AddVoiceApp(Id, seed: true),
            ExportedKind.ResourceAccount => closure.AddAccount(Id, seed: true),
            ExportedKind.EmergencyAddress => closure.AddAddress(Id),
            _ => closure.AddNumber(Id),
        };
        return found ? closure.Build() : new Error("export.object_not_found", Id);
    }

    /// <summary>The script's file name part for the object: its kind and a name made of safe characters.</summary>
    public string FileNamePart(TenantConfiguration tenant)
    {
        var name = Kind switch
        {
            ExportedKind.CallQueue => tenant.Queues.FirstOrDefault(q => q.Id == Id)?.Settings.Name,
            ExportedKind.AutoAttendant => tenant.Attendants.FirstOrDefault(a => a.Id == Id)?.Settings.Name,
            ExportedKind.ResourceAccount => tenant.ResourceAccount(Id)?.Upn.Split('@')[0],
            _ => Id,
        } ?? Id;
        var words = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray());
        var safe = string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"{Kind.ToString().ToLowerInvariant()}-{(safe.Length == 0 ? "object" : safe[..Math.Min(safe.Length, 40)])}";
    }

    // The objects gathered so far; each Add returns false when the tenant has no such object.
    private sealed class Closure(TenantConfiguration tenant)
    {
        private readonly Dictionary<string, CallQueue> _queues = new(StringComparer.Ordinal);
        private readonly Dictionary<string, AutoAttendant> _attendants = new(StringComparer.Ordinal);
        private readonly HashSet<string> _accounts = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _audioFiles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
        private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);

        public bool AddVoiceApp(string id, bool seed)
        {
            var queue = tenant.Queues.FirstOrDefault(q => q.Id == id);
            var attendant = tenant.Attendants.FirstOrDefault(a => a.Id == id);
            if (queue is null && attendant is null)
            {
                return false;
            }

            if (seed)
            {
                foreach (var account in tenant.ResourceAccounts.Where(a => a.AssociatedWith == id))
                {
                    AddAccount(account.Id, seed: false);
                }
            }

            if (queue is not null && _queues.TryAdd(id, queue))
            {
                FollowReferences(JsonSerializer.SerializeToElement(queue, CallQueueCollections.Queues.Type));
            }

            if (attendant is not null && _attendants.TryAdd(id, attendant))
            {
                FollowReferences(JsonSerializer.SerializeToElement(attendant, AutoAttendantCollections.Attendants.Type));
            }

            return true;
        }

        public bool AddAccount(string id, bool seed)
        {
            if (tenant.ResourceAccount(id) is not { } account)
            {
                return false;
            }

            if (_accounts.Add(account.Id) && account.Number is { } number)
            {
                AddNumber(number);
            }

            if (seed && account.AssociatedWith is { } voiceApp)
            {
                AddVoiceApp(voiceApp, seed: true);
            }

            return true;
        }

        // An address by its id, or the address holding the location <paramref name="id"/>.
        public bool AddAddress(string id)
        {
            if ((tenant.Addresses.FirstOrDefault(a => a.Id == id) ?? tenant.AddressOf(id)) is not { } address)
            {
                return false;
            }

            _addresses.Add(address.Id);
            return true;
        }

        public bool AddNumber(string e164)
        {
            var number = tenant.Numbers.FirstOrDefault(n => n.Number == e164)
                ?? (NumberInputOf(e164) is { } parsed ? tenant.Numbers.FirstOrDefault(n => n.Number == parsed) : null);
            if (number is null || !_numbers.Add(number.Number))
            {
                return number is not null;
            }

            if (number.LocationId is { } location && tenant.AddressOf(location) is { } address)
            {
                _addresses.Add(address.Id);
            }

            if (number.Assignment is { Target: AssignmentTarget.ResourceAccount } held)
            {
                AddAccount(held.TargetId, seed: false);
            }

            return true;
        }

        public TenantConfiguration Build()
        {
            var voiceApps = _queues.Keys.Concat(_attendants.Keys).ToHashSet(StringComparer.Ordinal);
            var holders = tenant.Numbers.Where(n => _numbers.Contains(n.Number) && n.Assignment?.Target == AssignmentTarget.User)
                .Select(n => n.Assignment!.TargetId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return tenant with
            {
                Addresses = tenant.Addresses.Where(a => _addresses.Contains(a.Id)).ToList(),
                Licenses = tenant.Licenses.Where(l => holders.Contains(l.UserId)).ToList(),
                Numbers = tenant.Numbers.Where(n => _numbers.Contains(n.Number)).ToList(),

                // An account the object only sends calls to keeps its association out of this script.
                ResourceAccounts = tenant.ResourceAccounts.Where(a => _accounts.Contains(a.Id))
                    .Select(a => a.AssociatedWith is { } app && !voiceApps.Contains(app) ? a with { AssociatedWith = null } : a).ToList(),
                Queues = tenant.Queues.Where(q => _queues.ContainsKey(q.Id)).ToList(),
                Attendants = tenant.Attendants.Where(a => _attendants.ContainsKey(a.Id)).ToList(),
                AudioFiles = tenant.AudioFiles.Where(f => _audioFiles.Contains(f.Id)).ToList(),
                ConferencingSettings = null,
                Bridge = null,
                Organizers = [],
                NumberOrders = [],
                PortOrders = [],
                Credits = null,
            };
        }

        // Every string of a queue or attendant that is the id of another object: its targets, its audio files.
        private void FollowReferences(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        FollowReferences(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        FollowReferences(item);
                    }

                    break;
                case JsonValueKind.String:
                    Follow(element.GetString()!);
                    break;
            }
        }

        private void Follow(string value)
        {
            if (tenant.AudioFiles.Any(f => f.Id == value))
            {
                _audioFiles.Add(value);
            }
            else if (tenant.ResourceAccount(value) is not null)
            {
                AddAccount(value, seed: false);
            }
            else if (tenant.Queues.Any(q => q.Id == value) || tenant.Attendants.Any(a => a.Id == value))
            {
                AddVoiceApp(value, seed: false);
            }
        }

        private static string? NumberInputOf(string text) =>
            Numbers.Assignment.NumberInput.Parse(text) is { IsSuccess: true } parsed ? parsed.Value.Value : null;
    }
}
