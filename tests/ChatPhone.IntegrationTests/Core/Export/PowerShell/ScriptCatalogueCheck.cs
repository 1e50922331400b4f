using System.Management.Automation.Language;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// Reads a script with PowerShell's own parser and lists every problem the documentation would reveal: a syntax error, an
/// unknown cmdlet, an unknown parameter (aliases count), named parameters no documented set allows together, a required
/// parameter of the chosen set left out, a literal value outside the accepted values, a positional or dynamic call (the
/// export always names its parameters), and a change made outside <c>$PSCmdlet.ShouldProcess</c>.
/// </summary>
internal static class ScriptCatalogueCheck
{
    private static readonly string[] ChangingVerbs = ["New-", "Set-", "Update-", "Register-", "Remove-", "Grant-"];

    public static IReadOnlyList<string> Problems(string script, CmdletCatalogue? catalogue = null)
    {
        catalogue ??= CmdletCatalogue.Default;
        var ast = Parser.ParseInput(script, out _, out var errors);
        var problems = errors.Select(e => $"syntax, line {e.Extent.StartLineNumber}: {e.Message}").ToList();
        var functions = ast.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var command in ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>())
        {
            problems.AddRange(Check(command, catalogue, functions));
        }

        return problems;
    }

    /// <summary>The named parameters of a call with their argument (null for a switch), in order; positional arguments as name "".</summary>
    public static List<(string Name, CommandElementAst? Argument)> Arguments(CommandAst command)
    {
        var arguments = new List<(string, CommandElementAst?)>();
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is CommandParameterAst parameter)
            {
                var value = parameter.Argument ?? (i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst ? elements[++i] : null);
                arguments.Add((parameter.ParameterName, value));
            }
            else
            {
                arguments.Add((string.Empty, elements[i]));
            }
        }

        return arguments;
    }

    private static IEnumerable<string> Check(CommandAst command, CmdletCatalogue catalogue, IReadOnlySet<string> functions)
    {
        var name = command.GetCommandName();
        var where = $"line {command.Extent.StartLineNumber}";
        if (name is null)
        {
            yield return $"{where}: a command called through an expression ({command.Extent.Text})";
            yield break;
        }

        if (functions.Contains(name) || CmdletCatalogue.BuiltIns.Contains(name))
        {
            yield break;
        }

        if (catalogue.Find(name) is not { } cmdlet)
        {
            yield return $"{where}: unknown cmdlet {name}";
            yield break;
        }

        if (ChangingVerbs.Any(v => name.StartsWith(v, StringComparison.OrdinalIgnoreCase)) && !InsideShouldProcess(command))
        {
            yield return $"{where}: {name} changes something outside $PSCmdlet.ShouldProcess";
        }

        var used = new Dictionary<string, CommandElementAst?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (given, argument) in Arguments(command))
        {
            if (given.Length == 0)
            {
                yield return $"{where}: {name} is given a positional argument ({argument?.Extent.Text})";
                continue;
            }

            if (CmdletCatalogue.CommonParameters.Contains(given))
            {
                continue;
            }

            if (cmdlet.Resolve(given) is not { } parameter)
            {
                yield return $"{where}: {name} has no parameter -{given}";
                continue;
            }

            used[parameter] = argument;
        }

        var inSets = used.Keys.Where(p => !p.Equals("WhatIf", StringComparison.OrdinalIgnoreCase) && !p.Equals("Confirm", StringComparison.OrdinalIgnoreCase) && !cmdlet.IsInEverySet(p)).ToList();
        var fitting = cmdlet.Sets.Where(s => inSets.All(s.ContainsKey)).ToList();
        if (fitting.Count == 0 && cmdlet.Sets.Count > 0)
        {
            yield return $"{where}: {name} has no parameter set with -{string.Join(" -", inSets)}";
        }
        else if (fitting.Count > 0 && !fitting.Any(s => s.Where(p => p.Value.Required).All(p => used.ContainsKey(p.Key))))
        {
            var missing = fitting.SelectMany(s => s.Where(p => p.Value.Required && !used.ContainsKey(p.Key)).Select(p => p.Key)).Distinct();
            yield return $"{where}: {name} misses the required -{string.Join(" -", missing)}";
        }

        foreach (var (parameter, argument) in used)
        {
            if (cmdlet.AcceptedValues(parameter) is not { } accepted || argument is null)
            {
                continue;
            }

            foreach (var literal in Literals(argument).Where(l => !accepted.Contains(l, StringComparer.OrdinalIgnoreCase)))
            {
                yield return $"{where}: {name} -{parameter} '{literal}' is not one of {string.Join(", ", accepted)}";
            }
        }
    }

    // The literal values of an argument (a constant, $true/$false, or an array of them); expressions are not judged.
    private static IEnumerable<string> Literals(Ast argument) => argument switch
    {
        StringConstantExpressionAst text => [text.Value],
        ConstantExpressionAst constant => [Convert.ToString(constant.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty],
        VariableExpressionAst { VariablePath.UserPath: "true" or "false" } variable => ["$" + variable.VariablePath.UserPath],
        ArrayLiteralAst array => array.Elements.SelectMany(Literals),
        ArrayExpressionAst array => array.SubExpression.Statements.OfType<PipelineAst>()
            .SelectMany(p => p.PipelineElements.OfType<CommandExpressionAst>()).SelectMany(c => Literals(c.Expression)),
        _ => [],
    };

    private static bool InsideShouldProcess(Ast ast)
    {
        for (var parent = ast.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IfStatementAst statement
                && statement.Clauses.Any(c => c.Item2.Extent.StartOffset <= ast.Extent.StartOffset && ast.Extent.EndOffset <= c.Item2.Extent.EndOffset
                    && c.Item1.Extent.Text.Contains("$PSCmdlet.ShouldProcess(", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
