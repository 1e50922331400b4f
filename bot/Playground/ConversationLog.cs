using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ChatPhone.Bot.Playground;

/// <summary>
/// What the bot sent to the playground's connector, in memory and bounded: the last
/// <see cref="EventsPerConversation"/> events of at most <see cref="MaxConversations"/> conversations
/// (the least recently used is forgotten first), fanned out live to the pages that listen.
/// </summary>
public sealed class ConversationLog
{
    /// <summary>Events kept per conversation (a ring buffer: the oldest go first).</summary>
    public const int EventsPerConversation = 200;

    /// <summary>Conversations kept at once.</summary>
    public const int MaxConversations = 100;

    private const int MaxMembers = 50;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly List<Subscription> _subscriptions = [];
    private long _sequence;

    /// <summary>Starts a conversation the bot asked for (proactive messages), remembering who is in it.</summary>
    public string Create(IEnumerable<string> memberIds)
    {
        var id = "playground-" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            var conversation = Touch(id);
            foreach (var member in memberIds.Where(m => !string.IsNullOrWhiteSpace(m)).Take(MaxMembers))
            {
                conversation.Members.Add(member.Trim());
            }
        }

        return id;
    }

    /// <summary>Records an event and hands it to every page listening to its conversation.</summary>
    public PlaygroundEvent Append(string kind, string conversationId, string activityId, JsonObject? activity)
    {
        lock (_gate)
        {
            var conversation = Touch(conversationId);
            var added = new PlaygroundEvent(++_sequence, kind, conversationId, activityId, activity);
            conversation.Events.Enqueue(added);
            if (conversation.Events.Count > EventsPerConversation)
            {
                conversation.Events.Dequeue();
            }

            foreach (var subscription in _subscriptions.Where(s => s.Follows(conversationId, conversation.Members)))
            {
                subscription.Writer.TryWrite(added);
            }

            return added;
        }
    }

    /// <summary>
    /// Listens to <paramref name="conversationId"/> and to the conversations the bot created with
    /// <paramref name="userId"/> as a member; the backlog holds the kept events after <paramref name="afterSequence"/>.
    /// Dispose it to stop listening.
    /// </summary>
    public Subscription Subscribe(string conversationId, string? userId, long afterSequence)
    {
        var subscription = new Subscription(this, conversationId, string.IsNullOrWhiteSpace(userId) ? null : userId.Trim());
        lock (_gate)
        {
            subscription.Backlog = _conversations
                .Where(c => subscription.Follows(c.Key, c.Value.Members))
                .SelectMany(c => c.Value.Events)
                .Where(e => e.Sequence > afterSequence)
                .OrderBy(e => e.Sequence)
                .ToArray();
            _subscriptions.Add(subscription);
        }

        return subscription;
    }

    /// <summary>How many conversations are kept (for tests of the bound).</summary>
    public int ConversationCount
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private Conversation Touch(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            if (_conversations.Count >= MaxConversations)
            {
                _conversations.Remove(_conversations.MinBy(c => c.Value.LastUsed).Key);
            }

            conversation = new Conversation();
            _conversations[id] = conversation;
        }

        conversation.LastUsed = _sequence + 1;
        return conversation;
    }

    private sealed class Conversation
    {
        public Queue<PlaygroundEvent> Events { get; } = new();

        public HashSet<string> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

        public long LastUsed { get; set; }
    }

    /// <summary>One listening page: the kept events it missed, then live ones.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ConversationLog _log;
        private readonly string _conversationId;
        private readonly string? _userId;
        private readonly Channel<PlaygroundEvent> _channel =
            Channel.CreateBounded<PlaygroundEvent>(new BoundedChannelOptions(EventsPerConversation) { FullMode = BoundedChannelFullMode.DropOldest });

        internal Subscription(ConversationLog log, string conversationId, string? userId)
        {
            _log = log;
            _conversationId = conversationId;
            _userId = userId;
        }

        /// <summary>Kept events after the sequence the page asked from, oldest first.</summary>
        public IReadOnlyList<PlaygroundEvent> Backlog { get; internal set; } = [];

        /// <summary>Events appended after subscribing.</summary>
        public ChannelReader<PlaygroundEvent> Reader => _channel.Reader;

        internal ChannelWriter<PlaygroundEvent> Writer => _channel.Writer;

        /// <summary>Stops listening.</summary>
        public void Dispose()
        {
            _log.Unsubscribe(this);
            _channel.Writer.TryComplete();
        }

        // A member id is the AAD object id, or a channel id ending with it ("29:<aad id>").
        internal bool Follows(string conversationId, HashSet<string> members) =>
            conversationId == _conversationId
            || (_userId is not null && members.Any(m =>
                m.Equals(_userId, StringComparison.OrdinalIgnoreCase) || m.EndsWith(":" + _userId, StringComparison.OrdinalIgnoreCase)));
    }
}
