using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>A top-level declaration of a policy file.</summary>
    internal abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary><c>policy "Title" version "1.0" sources "a.txt", "b.txt"</c>: names the policy the file belongs to.</summary>
    internal sealed record PolicyHeaderSyntax(
        TextSpan Span,
        StringLiteralSyntax Title,
        StringLiteralSyntax? Version,
        ImmutableArray<StringLiteralSyntax> Sources) : DeclarationSyntax(Span);

    /// <summary><c>enum Grade { fail, compliant, three_star }</c>: a closed set of symbols, ordered as written.</summary>
    internal sealed record EnumDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        ImmutableArray<NameSyntax> Members) : DeclarationSyntax(Span);

    /// <summary>
    /// <c>record Review { date: date }</c> declares a nested record type; <c>schema Organisation key id { ... }</c>
    /// declares the record type that the policy evaluates (its fields are in scope by bare name).
    /// </summary>
    internal sealed record RecordDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        bool IsSchema,
        NameSyntax? Key,
        ImmutableArray<FieldSyntax> Fields) : DeclarationSyntax(Span);

    /// <summary><c>name: type</c> inside a record; <c>type?</c> marks the field optional.</summary>
    internal sealed record FieldSyntax(TextSpan Span, NameSyntax Name, TypeSyntax Type) : SyntaxNode(Span);

    /// <summary><c>param cure_period: duration = 30 days "why it exists"</c>: a named input with a default.</summary>
    internal sealed record ParameterDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        TypeSyntax Type,
        ExpressionSyntax Default,
        StringLiteralSyntax? Description) : DeclarationSyntax(Span);

    /// <summary><c>let name = expression</c> or <c>let name: type = expression</c>: a computed value per record.</summary>
    internal sealed record LetDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        TypeSyntax? Type,
        ExpressionSyntax Value) : DeclarationSyntax(Span);

    /// <summary>
    /// <c>table person_days(headcount: int) -> int { 1 to 25 => 2 ... otherwise => error "..." }</c>:
    /// a band lookup over an integer key.
    /// </summary>
    internal sealed record TableDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        NameSyntax KeyName,
        TypeSyntax KeyType,
        TypeSyntax ResultType,
        ImmutableArray<TableBandSyntax> Bands,
        ArmResultSyntax? Otherwise) : DeclarationSyntax(Span);

    /// <summary>One band: <c>26 to 45 =&gt; 3</c>, <c>10701 or more =&gt; ...</c> or <c>up to 25 =&gt; 2</c>.</summary>
    internal sealed record TableBandSyntax(
        TextSpan Span,
        NumberBoundSyntax? Low,
        NumberBoundSyntax? High,
        ArmResultSyntax Result) : SyntaxNode(Span);

    /// <summary>A numeric literal used as a band bound or tier threshold.</summary>
    internal sealed record NumberBoundSyntax(TextSpan Span, decimal Value) : SyntaxNode(Span);

    /// <summary>
    /// <c>tiers grade(score: decimal) -> Grade { at least 95 => Grade.five_star ... otherwise => Grade.fail }</c>:
    /// ordered thresholds, the first (highest) one reached wins.
    /// </summary>
    internal sealed record TiersDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        NameSyntax KeyName,
        TypeSyntax KeyType,
        TypeSyntax ResultType,
        ImmutableArray<TierSyntax> Tiers,
        ArmResultSyntax? Otherwise) : DeclarationSyntax(Span);

    /// <summary><c>at least 95 =&gt; Grade.five_star</c>.</summary>
    internal sealed record TierSyntax(TextSpan Span, NumberBoundSyntax Threshold, ArmResultSyntax Result) : SyntaxNode(Span);

    /// <summary>What a band, tier or otherwise arm yields: a value, or an evaluation error with a message.</summary>
    internal abstract record ArmResultSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary><c>=&gt; expression</c>.</summary>
    internal sealed record ValueArmSyntax(TextSpan Span, ExpressionSyntax Value) : ArmResultSyntax(Span);

    /// <summary><c>=&gt; error "message with {holes}"</c>: the lookup fails and the clause using it is in error.</summary>
    internal sealed record ErrorArmSyntax(TextSpan Span, InterpolatedStringSyntax Message) : ArmResultSyntax(Span);

    /// <summary>
    /// A clause:
    /// <code>
    /// clause ELIG-2 "The SMS has operated for at least 3 months"
    ///   cites "RD-2.2", "001 §1.2"
    ///   severity blocker
    ///   applies when audit_date is present
    ///   require sms_established + 3 months &lt;= audit_date
    ///   unless pilot_programme
    ///   message "operated {elapsed(sms_established, audit_date)}; needs 3 months"
    /// </code>
    /// </summary>
    internal sealed record ClauseDeclarationSyntax(
        TextSpan Span,
        NameSyntax Id,
        StringLiteralSyntax Title,
        ImmutableArray<StringLiteralSyntax> Citations,
        Severity Severity,
        TextSpan? SeveritySpan,
        ExpressionSyntax? AppliesWhen,
        ExpressionSyntax Requirement,
        ImmutableArray<ExpressionSyntax> Exceptions,
        InterpolatedStringSyntax? Message) : DeclarationSyntax(Span);

    /// <summary><c>decision eligible = failures(blocker) = 0</c>: a named result reported for every record.</summary>
    internal sealed record DecisionDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        TypeSyntax? Type,
        ExpressionSyntax Value) : DeclarationSyntax(Span);
}
