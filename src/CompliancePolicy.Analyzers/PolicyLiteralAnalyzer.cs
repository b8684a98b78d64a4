using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Checks policy text written in C#: a constant string passed to <c>PolicyCompiler.Compile(string text, ...)</c>,
    /// or to any parameter marked <c>[StringSyntax("policy")]</c>, is compiled like a <c>.policy</c> file and its
    /// diagnostics are placed inside the string literal.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyLiteralAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The language name in <c>[StringSyntax("policy")]</c>.</summary>
        public const string LanguageName = "policy";

        private const string DefaultPath = "policy.policy";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = PolicyDescriptors.All.Add(HostRules.AnalysisFailed);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Resolved at the first call worth binding, not up front (see HostTypes.Lazily).
                var targets = new Lazy<(INamedTypeSymbol? Compiler, INamedTypeSymbol? StringSyntax)>(() =>
                    (HostTypes.LibraryType(start.Compilation, "CompliancePolicy.PolicyCompiler"), StringSyntaxAttribute(start.Compilation)));
                var project = PolicyProject.Create(start.Options, _ => null, start.CancellationToken);
                // A syntax action filtered before binding: calls spelled Compile, and calls with a string argument or a
                // constant of the file (for [StringSyntax("policy")] parameters). An operation action would build
                // operation trees for every method.
                var constantNames = new ConcurrentDictionary<SyntaxTree, HashSet<string>>();
                start.RegisterSyntaxNodeAction(node =>
                {
                    var syntax = (InvocationExpressionSyntax)node.Node;
                    if (!MayPassPolicyText(syntax, constantNames)) return;
                    var (compiler, stringSyntax) = targets.Value;
                    if (compiler is null && stringSyntax is null) return;
                    if (node.SemanticModel.GetOperation(syntax, node.CancellationToken) is IInvocationOperation invocation)
                        Analyze(node, invocation, compiler, stringSyntax, project);
                }, SyntaxKind.InvocationExpression);
            });
        }

        /// <summary>
        /// <c>[StringSyntax]</c> from the core library (.NET 7 and later) or, for older targets, a copy in the project's own
        /// source. Only those two are searched: a copy internal to another reference cannot be applied here anyway.
        /// </summary>
        private static INamedTypeSymbol? StringSyntaxAttribute(Compilation compilation)
        {
            const string MetadataName = "System.Diagnostics.CodeAnalysis.StringSyntaxAttribute";
            return compilation.ObjectType.ContainingAssembly.GetTypeByMetadataName(MetadataName)
                ?? compilation.Assembly.GetTypeByMetadataName(MetadataName);
        }

        private static bool MayPassPolicyText(InvocationExpressionSyntax syntax, ConcurrentDictionary<SyntaxTree, HashSet<string>> constantNames)
        {
            if (HostTypes.CalledName(syntax) == "Compile") return true;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                var kind = argument.Expression.Kind();
                if (kind == SyntaxKind.StringLiteralExpression || kind == SyntaxKind.AddExpression || kind == SyntaxKind.InterpolatedStringExpression) return true;
                if (argument.Expression is IdentifierNameSyntax name
                    && constantNames.GetOrAdd(syntax.SyntaxTree, ConstantNames).Contains(name.Identifier.ValueText))
                    return true;
            }
            return false;
        }

        /// <summary>The names of the constants (fields and locals) the file declares.</summary>
        private static HashSet<string> ConstantNames(SyntaxTree tree) => new HashSet<string>(
            tree.GetRoot().DescendantNodes()
                .OfType<VariableDeclarationSyntax>()
                .Where(d => d.Parent is FieldDeclarationSyntax field ? field.Modifiers.Any(SyntaxKind.ConstKeyword)
                    : d.Parent is LocalDeclarationStatementSyntax local && local.IsConst)
                .SelectMany(d => d.Variables.Select(v => v.Identifier.ValueText)),
            StringComparer.Ordinal);

        private static void Analyze(SyntaxNodeAnalysisContext context, IInvocationOperation invocation, INamedTypeSymbol? compiler, INamedTypeSymbol? stringSyntax, PolicyProject project)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null || !IsPolicyText(invocation.TargetMethod, argument.Parameter, compiler, stringSyntax)) continue;
                if (!(argument.Value.ConstantValue is { HasValue: true, Value: string text })) continue;
                try
                {
                    Report(context, invocation, argument, text, project, compiler, stringSyntax);
                }
                catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.AnalysisFailed, argument.Value.Syntax.GetLocation(), "this policy text", e.GetType().Name + ": " + e.Message));
                }
            }
        }

        private static bool IsPolicyText(IMethodSymbol method, IParameterSymbol parameter, INamedTypeSymbol? compiler, INamedTypeSymbol? stringSyntax)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String) return false;
            if (compiler != null && SymbolEqualityComparer.Default.Equals(method.ContainingType, compiler)
                && method.Name == "Compile" && parameter.Ordinal == 0 && parameter.Name == "text")
                return true;
            return stringSyntax != null && parameter.GetAttributes().Any(a =>
                SymbolEqualityComparer.Default.Equals(a.AttributeClass, stringSyntax)
                && a.ConstructorArguments.Length > 0
                && a.ConstructorArguments[0].Value is string language
                && string.Equals(language, LanguageName, StringComparison.OrdinalIgnoreCase));
        }

        private static void Report(
            SyntaxNodeAnalysisContext context, IInvocationOperation invocation, IArgumentOperation argument, string text,
            PolicyProject project, INamedTypeSymbol? compiler, INamedTypeSymbol? stringSyntax)
        {
            var path = PathArgument(invocation) ?? DefaultPath;
            // Policy text in a C# file follows the settings that apply to that file.
            var configuration = project.Configuration.ForTextIn(context.Node.SyntaxTree.FilePath);
            var compilation = PolicyCompiler.Compile(new[] { new CompliancePolicy.Text.SourceText(path, text) }, configuration, context.CancellationToken);
            if (compilation.Diagnostics.Count == 0) return;

            var literal = argument.Value.Syntax as LiteralExpressionSyntax;
            if (literal is null && Constant(argument.Value) is { } constant
                && ConstantLiteral(constant, context.CancellationToken) is { } initializer
                && initializer.SyntaxTree == argument.Value.Syntax.SyntaxTree)
            {
                // Its diagnostics go inside the constant's literal, once: from the first call in the file that passes it.
                // Asked only when there is something to report, as it reads the whole file.
                if (!IsFirstUse(context, (InvocationExpressionSyntax)invocation.Syntax, constant, compiler, stringSyntax)) return;
                literal = initializer;
            }

            var syntax = literal ?? argument.Value.Syntax;
            var map = literal is null ? null : StringLiteralMap.Create(literal.Token);
            foreach (var diagnostic in compilation.Diagnostics)
            {
                // The problems of a settings file are reported in that file, by PolicyFileAnalyzer.
                if (diagnostic.Location != null && diagnostic.Location.Path != path) continue;
                var location = InLiteral(diagnostic.Location, syntax, map);
                context.ReportDiagnostic(DiagnosticMapper.ToRoslyn(diagnostic, location, related => related.Path == path ? InLiteral(related, syntax, map) : null));
            }
        }

        /// <summary>Where a place in the policy text is in the C# source: inside the literal when it can be mapped, else the whole argument.</summary>
        private static Location InLiteral(CompliancePolicy.Text.SourceLocation? place, SyntaxNode syntax, StringLiteralMap? map) =>
            map != null && place != null
                ? Location.Create(syntax.SyntaxTree, map.Map(place.Span.Start, place.Span.Length))
                : syntax.GetLocation();

        /// <summary>A named constant passed as the text (<c>const string Policy = "..."</c>, a field or a local).</summary>
        private static ISymbol? Constant(IOperation value) => value switch
        {
            IFieldReferenceOperation { Field: { IsConst: true } field } => field,
            ILocalReferenceOperation { Local: { IsConst: true } local } => local,
            _ => null,
        };

        /// <summary>The string literal that initialises the constant: its diagnostics belong inside it.</summary>
        private static LiteralExpressionSyntax? ConstantLiteral(ISymbol constant, System.Threading.CancellationToken cancellationToken)
        {
            if (constant.DeclaringSyntaxReferences.Length != 1) return null;
            var declarator = constant.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
            return declarator?.Initializer?.Value as LiteralExpressionSyntax;
        }

        /// <summary>
        /// Whether no earlier call in the file passes the same constant as policy text. Decided from the file alone, so
        /// the IDE and the build agree, and a constant passed to several calls is reported once.
        /// </summary>
        private static bool IsFirstUse(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax call, ISymbol constant, INamedTypeSymbol? compiler, INamedTypeSymbol? stringSyntax)
        {
            foreach (var earlier in call.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (earlier.SpanStart >= call.SpanStart) return true;
                // By spelling first: only a call with an argument that names the constant is bound.
                if (!earlier.ArgumentList.Arguments.Any(a => a.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == constant.Name)))
                    continue;
                if (context.SemanticModel.GetOperation(earlier, context.CancellationToken) is IInvocationOperation operation
                    && operation.Arguments.Any(a => a.Parameter != null && IsPolicyText(operation.TargetMethod, a.Parameter, compiler, stringSyntax)
                        && SymbolEqualityComparer.Default.Equals(Constant(a.Value), constant)))
                    return false;
            }
            return true;
        }

        /// <summary>The constant <c>path</c> argument of <c>Compile(text, path)</c>: it names the policy in messages.</summary>
        private static string? PathArgument(IInvocationOperation invocation) =>
            invocation.Arguments
                .Where(a => a.Parameter?.Name == "path" && a.ArgumentKind == ArgumentKind.Explicit)
                .Select(a => a.Value.ConstantValue is { HasValue: true, Value: string path } ? path : null)
                .FirstOrDefault();
    }
}
