using System.Text;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Writes a PowerShell script line by line with indentation, comments made safe and the script's messages in the
/// reader's language. Writers only ever add code through it, so every value goes through <see cref="PsLiteral"/>.
/// </summary>
public sealed class ScriptBuilder(Language language)
{
    private static readonly StringTable Texts = new("ChatPhone.Core.Export.PowerShell.ScriptText", typeof(ScriptBuilder).Assembly);
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>The language of comments and messages.</summary>
    public Language Language { get; } = language;

    /// <summary>The strings of the script (comments, messages), for completeness tests.</summary>
    internal static StringTable Strings => Texts;

    /// <summary>A string of the script in its language.</summary>
    public string Say(string name, params object[] args) => Texts.Get(Language, name, args);

    /// <summary>Adds one line of code at the current indentation.</summary>
    public ScriptBuilder Line(string code)
    {
        _text.Append(' ', _depth * 4).Append(code).Append('\n');
        return this;
    }

    /// <summary>Adds an empty line.</summary>
    public ScriptBuilder Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Adds a <c>#</c> comment; line breaks in <paramref name="text"/> cannot end it.</summary>
    public ScriptBuilder Comment(string text) => Line("# " + PsLiteral.CommentText(text));

    /// <summary>Adds a comment from the script's strings.</summary>
    public ScriptBuilder CommentSay(string name, params object[] args) => Comment(Say(name, args));

    /// <summary>A section title comment, after a blank line.</summary>
    public ScriptBuilder Section(string name) => Blank().Comment("---- " + Say(name) + " ----");

    /// <summary>Adds a command, assigned to <paramref name="variable"/> when given (<c>$queue = New-CsCallQueue …</c>).</summary>
    public ScriptBuilder Command(PsCommand command, string? variable = null)
    {
        var lines = command.Render();
        for (var i = 0; i < lines.Count; i++)
        {
            Line(i == 0 && variable is not null ? $"{variable} = {lines[i]}" : lines[i]);
        }

        return this;
    }

    /// <summary>Prints a message of the script's strings when it runs (<c>Write-Output</c>), with quoted arguments.</summary>
    public ScriptBuilder Report(string name, params string[] expressions) => Line("Write-Output " + Message(name, expressions));

    /// <summary>
    /// A message of the script's strings as a PowerShell expression, <paramref name="expressions"/> in its placeholders
    /// (for <c>Write-Output</c>, <c>Write-Warning</c> or <c>throw</c>).
    /// </summary>
    public string Message(string name, params string[] expressions)
    {
        // The template is split around {n} so each argument stays a PowerShell expression, never text inside a string.
        var template = Say(name, expressions.Select((_, i) => (object)$"\u0001{i}\u0001").ToArray());
        var pieces = template.Split('\u0001');
        var terms = new List<string>();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 0)
            {
                if (pieces[i].Length > 0)
                {
                    terms.Add(PsLiteral.Quote(pieces[i]));
                }
            }
            else
            {
                terms.Add("[string](" + expressions[int.Parse(pieces[i], System.Globalization.CultureInfo.InvariantCulture)] + ")");
            }
        }

        return "(" + string.Join(" + ", terms.DefaultIfEmpty("''")) + ")";
    }

    /// <summary>Opens <c>head {</c>; disposing the result closes the brace.</summary>
    public IDisposable Block(string head)
    {
        Line(head + " {");
        _depth++;
        return new Closer(this);
    }

    /// <summary>Opens <c>if ($PSCmdlet.ShouldProcess(target, action)) {</c>: every change of the script sits in one.</summary>
    public IDisposable ShouldProcess(string targetExpression, string actionName) =>
        Block($"if ($PSCmdlet.ShouldProcess({targetExpression}, {PsLiteral.Quote(Say(actionName))}))");

    /// <summary>The script so far.</summary>
    public override string ToString() => _text.ToString();

    private sealed class Closer(ScriptBuilder builder) : IDisposable
    {
        public void Dispose()
        {
            builder._depth--;
            builder.Line("}");
        }
    }
}
