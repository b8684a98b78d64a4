using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>
    /// Policies for the round-trip tests: copies of the policies in the evaluation and parser tests (as their authors
    /// wrote them, layout included) and a few written to stress layout, comments and expressions.
    /// </summary>
    internal static class FormattingCorpus
    {
        public static readonly IReadOnlyDictionary<string, string> Policies = new Dictionary<string, string>
        {
            ["language-reference"] = @"# ISO/IEC 20000: who may apply (RD-2.1..2.4)
policy ""ISO/IEC 20000 certification eligibility""
  version ""1.0.0""
  sources ""001_2cc4e075643d6feb.txt"", ""002_59fcfe45afd1e0f1.txt""

enum LegalStatus { business_licence, foreign_registration, none }

record Penalty { date: date, authority: text }

schema Organisation key id {
  id: text
  legal_status: LegalStatus
  sms_established: date
  audit_date: date?
  management_reviews: list of date
  penalties: list of Penalty
}

param minimum_operation: duration = 3 months ""RD-2.2: how long the SMS must run before the audit""

clause ELIG-2 ""The SMS has operated for at least 3 months before the audit""
  cites ""RD-2.2"", ""001 §2""
  severity blocker
  applies when audit_date is present
  require sms_established + minimum_operation <= audit_date
  message ""operated {elapsed(sms_established, audit_date)} since {sms_established}; needs {minimum_operation}""

decision eligible = failures(blocker) = 0
",
            ["score-and-grade"] = @"
policy ""After-sales service certification""
enum Grade { fail, compliant, three_star, four_star, five_star }
schema Audit { indicator_score: decimal, deductions: list of decimal, bonuses: list of decimal }

let score = indicator_score - sum(deductions) + sum(bonuses)

tiers grade_for(score: decimal) -> Grade {
  at least 95 => Grade.five_star
  at least 90 => Grade.four_star
  at least 80 => Grade.three_star
  at least 70 => Grade.compliant
  otherwise => Grade.fail
}

clause RD4.8-pass ""The audit passes"" cites ""RD-4.8"", ""003 §5.3.3.7"" severity blocker
  require score >= 70 and count(deductions) < 5
  message ""score {score} with {count(deductions)} deduction items""

decision grade = if passed(RD4.8-pass) then grade_for(score) else Grade.fail
",
            ["person-days"] = @"
policy ""Audit time""
schema Client { headcount: int, extra_sites: int }

table initial_days(headcount: int) -> decimal {
  1 to 25 => 2
  26 to 45 => 3
  46 to 65 => 4
  8501 to 10700 => 20
  otherwise => error ""headcount {headcount} is outside the table (1 to 10700): the progression above 10700 is not defined""
}

let days = initial_days(headcount) + extra_sites * 0.5
let surveillance = round(days / 3, 1, away_from_zero)

clause DAYS-1 ""Audit time is planned"" cites ""RD-4.22""
  require days > 0
  message ""{days} person-days, surveillance {surveillance}""
",
            ["clause-outcomes"] = @"
policy ""ISO/IEC 20000 eligibility""
schema Organisation key id {
  id: text
  sms_established: date
  audit_date: date?
  pilot: bool
}
clause ELIG-2 ""The SMS has operated at least 3 months before the audit""
  cites ""RD-2.2""
  severity blocker
  applies when audit_date is present
  require sms_established + 3 months <= audit_date
  unless pilot
  message ""operated {elapsed(sms_established, audit_date)} since {sms_established}; needs 3 months""
decision eligible = failures(blocker) = 0
clause C-1 ""audit this year"" cites ""RD-2.7""
  require (audit_date ?? 2000-01-01) >= 2026-01-01
clause D-1 ""ratio"" cites ""x"" require a / b > 1
clause D-2 ""plain"" cites ""x"" require a > 1
clause A-2 ""operated"" cites ""RD-2.2""
  applies when passed(A-1)
  require operated_months >= 3
",
            ["collections"] = @"
policy ""ISO/IEC 20000 eligibility""
record Review { date: date, top_management_present: bool }
record Penalty { date: date, authority: text }
schema Organisation {
  sms_established: date
  audit_date: date
  management_reviews: list of Review
  internal_audits: list of date
  penalties: list of Penalty
}

let reviews_before_audit = [r for r in management_reviews where r.date < audit_date]

clause ELIG-3a ""A management review before the audit"" cites ""RD-2.3""
  require any r in management_reviews where r.date < audit_date
clause ELIG-3b ""An internal audit before the audit"" cites ""RD-2.3""
  require (count a in internal_audits where a < audit_date) >= 1
  message ""first internal audit {earliest(internal_audits)}""
clause ELIG-4 ""No administrative penalty"" cites ""RD-2.4""
  require none p in penalties where p.date within 1 year before sms_established or p.date >= sms_established
clause ELIG-11 ""Top management took part in every review"" cites ""RD-2.11""
  applies when count(reviews_before_audit) > 0
  require all r in reviews_before_audit where r.top_management_present
",
            ["parameters-and-rounding"] = @"
policy ""Consultancy termination""
schema Engagement { warning_issued: date, rectified: date?, days: decimal, x: decimal }
param cure_period: duration = 30 days ""RD-1.2: the stipulated period; the seed gives none""
clause TERM-2 ""Rectified within the cure period"" cites ""RD-1.2""
  require rectified is present and rectified within cure_period after warning_issued
decision recertification = round(days * 2 / 3 * 2, 0, ceiling) / 2
decision rounded = round(x, 0, half_even)
",
            ["determinism"] = @"
policy ""P""
schema R { id: int, score: decimal, reviews: list of date }
let recent = [d for d in reviews where d within 1 year before as_of]
clause S-1 ""score"" cites ""RD-4.8"" require score >= 70
clause S-2 ""recent review"" cites ""RD-2.3"" require count(recent) >= 1
decision summary = failures(major)
",
            ["parser-declarations"] = @"
policy ""P"" version ""2.1"" sources ""a.txt"", ""b.txt"",
  ""c.txt""
enum Grade {
  fail
  compliant,
  three_star,
}
record Review { date: date, score: decimal?
  notes: list of text }
record R { dates: list of list of date? }
table person_days(headcount: int) -> int {
  up to 0 => error ""no staff""
  1 to 25 => 2
  26 to 45 => 3 + extra
  10701 or more => 25
  otherwise => error ""no band for {headcount} people""
}
table adjust(delta: int) -> int {
  -10 to -1 => 1
  0 to 5 => 2
  -20 to -11 => 3 - 1
  otherwise => 0
}
tiers grade(score: decimal) -> Grade {
  at least 95 => Grade.five_star
  at least 80.5 => Grade.compliant
  at least -3 => Grade.poor
  otherwise => Grade.fail
}
clause RD4.8-grade ""Grade is reached""
  cites ""RD-4.8"", ""003 §5.3.3.7""
  severity minor
  applies when audit_date is present
  require score >= 80
  unless exempt
  unless pilot and not audited
  message ""score {score}""
clause C-1 ""Title"" require true
let blocker = major + minor
  let a =
    1 +
    2
	decision
  d
  =
  a
",
            ["expressions"] = @"
policy ""Expressions""
let e1 = a or b and c
let e2 = a and b or c
let e3 = not a = b
let e4 = not a and b
let e5 = not not a
let e6 = a ?? b + c
let e7 = a ?? b ?? c
let e8 = a ?? b = c
let e9 = a - b - c
let e10 = a / b * c
let e11 = -a * b
let e12 = -x.y
let e13 = - -x
let e14 = (a + b) * c
let e15 = x+1>=y-1
let e16 = a - (b - c)
let e17 = (((a)))
let e18 = status not in [a, b] and d within 90 days after a + 1 day
let e19 = a ?? b is missing and c
let e20 = [x * 2 for x in xs where x > 0] != []
let e21 = count r in reviews > 3
let e22 = any r in reviews where r.passed and recent
let e23 = (any r in reviews where r.passed) and recent
let e24 = if a > 1 then b else if c then d else e
let e25 = count > 3 or any in xs
let e26 = order or notable and android
let e27 = within_days within 1 day of into
let e28 = 2026-01-31 - 3 days
let e29 = 2 years 1 week 3 days + 1 days + 1 month + 12 month
let e30 = ""say \""hi\""\n\tback\\slash"" + ""# not a comment {x}""
let e31 = min(a, b.c, 3) + today() + failures( advisory ) + failed(RD4.8-grade)
let e32 = 69.99 + 70.00 + 50% + 12.5% + 0 + 007
let e33 = not (a or b) and -(c + d) > 0
let e34 = (count a in xs) + 1
let e35 = [1, 2, 3] = [ ]
clause M-1 ""messages"" require true
  message ""say \""hi\"" {{ { count(xs) }\t{if ok then \""yes\"" else \""no\""} }} {x ?? \""{}\""}""
",
            ["certificate-lifecycle"] = Lifecycles.CertificateLifecycleTests.CertificatePolicyText,
            ["agreement-lifecycle"] = Lifecycles.AgreementTerminationTests.AgreementPolicyText,
            ["lifecycle-out-of-order"] = @"
event Opened
 event Closed{on_day:date,by:text}
event   Reopened {}
lifecycle ticket
  history events initial open on created + 1 day
  transition T-1 open -> closed on Closed when event.by != """" and event.on_day >= created priority -1
  deadline D-1 ""Answer"" in open within 2 week since start
  state open
  transition T-2 ""Reopened"" closed -> open on Reopened
  final state closed deadline D-2 ""Close"" in open within 30 days since last Reopened cites ""a"",""b""
  transition T-3 ""Stale"" open -> closed after if urgent then 3 days else 30 days since last Reopened
",
            ["ignored-events"] = Lifecycles.IgnoredEventTests.PolicyText,
            ["lifecycle-lists-and-ignores"] = @"
event Issued
event Given_up
lifecycle certificate history events initial applicant on applied
  state applicant state certified  state suspended final state revoked
  ignore Given_up,Issued in applicant ""no certificate yet""   # why
  transition V-2 ""Given up"" certified ,suspended->revoked on Given_up
  transition E-1 any   except applicant,
    suspended -> revoked after 3 years since last Issued
  transition X-1 any->revoked on Given_up when false
  ignore   E-1 in suspended
    ""a suspended certificate is revoked, not expired""
  ignore Issued in any except applicant ""recertification is not modelled""
",
            ["long-expressions"] = @"
policy ""Long lines""
let kind_days = if audit_kind = AuditKind.initial then base_days else if audit_kind = AuditKind.surveillance then round(base_days / 3 * 2, 0, ceiling) / 2 else round(base_days * 2 / 3 * 2, 0, ceiling) / 2
let documents = [SmsDocument.service_management_policy_and_plan, SmsDocument.service_level_agreements, SmsDocument.capacity_management_process]
let absent = [d for d in [SmsDocument.service_management_policy_and_plan, SmsDocument.service_level_agreements, SmsDocument.capacity_management_process] where d not in documents]
param threshold: int = if organisation_size_category = SizeCategory.large then 120 else 40 ""why the threshold is what it is""
clause ACC-2 ""A process owner sees the issues of their own module only""
  applies when role = Role.process_owner or role = Role.deputy_process_owner or role = Role.acting_process_owner
  require section in [Section.module_findings, Section.corrective_advice] and own_module is present and section_module = own_module
  unless none p in penalties where p.date within penalty_lookback before sms_established or (p.date >= sms_established and p.date <= audit_date)
decision grade = if passed(RD4.8-pass) and score >= 95 then Grade.five_star else if passed(RD4.8-pass) then grade_for(score) else Grade.fail
",
            ["comments"] = @"# File header
# spans two lines

# Section: the policy
policy ""P"" # trailing on the header
  # before version
  version ""1""
  sources ""a"" # after sources

enum E { a, # after a
  b }

schema S key id { # after the brace
  # before id
  id: text
  score: decimal # after score
  # before the closing brace
}

let total = a # inside a multi-line expression
  + b
  # also inside
  + c # after the expression
let other = 2

table t(k: int) -> int { # open
  # before the first band
  1 to 5 => 1 # band one
  otherwise => 0
  # before close
} # after close

clause C-1 ""T"" # after the title
  # before cites
  cites ""x""
  severity blocker # after severity
  require a and # in the requirement
    b
  # before unless
  unless c
  message ""m"" # after message

# before the decision
decision d = 1

event Opened # no fields
event Closed { # fields
  on_day: date # when
}

lifecycle ticket ""Ticket"" # after the title
  # before history
  history events
  initial open on created # start
  state open
  # the end
  final state closed # final

  # Closing
  transition T-1 open -> closed # header
    # before the trigger
    on Closed
    when event.on_day >= created # condition
    cites ""a""
  deadline D-1 ""Answer"" in open
    within 2 weeks # inside the duration
      since start
  # before the last state
  state archived # written last
  # before the end of the lifecycle

# At the end of the file

# after a blank line
",
        };

        /// <summary>
        /// The policy with a comment in every gap between tokens (each run of white space outside strings and comments
        /// becomes <c> # gap N</c> and a line break): comments inside expressions, durations, headers, types...
        /// </summary>
        public static string WithCommentsInEveryGap(string text)
        {
            var output = new StringBuilder();
            var gaps = 0;
            var index = 0;
            while (index < text.Length)
            {
                var c = text[index];
                if (c == '"')
                {
                    var end = index + 1;
                    while (end < text.Length && text[end] != '"' && text[end] != '\n') end += text[end] == '\\' ? 2 : 1;
                    output.Append(text, index, end + 1 - index);
                    index = end + 1;
                }
                else if (c == '#')
                {
                    var end = text.IndexOf('\n', index);
                    end = end < 0 ? text.Length : end + 1;
                    output.Append(text, index, end - index);
                    index = end;
                }
                else if (char.IsWhiteSpace(c))
                {
                    while (index < text.Length && char.IsWhiteSpace(text[index])) index++;
                    output.Append(" # gap ").Append(++gaps).Append('\n');
                }
                else
                {
                    output.Append(c);
                    index++;
                }
            }
            return output.ToString();
        }

        /// <summary>Names of the policies, for <c>MemberData</c>.</summary>
        public static IEnumerable<object[]> Names() => Policies.Keys.Select(name => new object[] { name });
    }
}
