using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Records
{
    /// <summary>A problem found while decoding one record, positioned by byte offsets within the record until its lines are known.</summary>
    internal readonly struct RecordProblem
    {
        public RecordProblem(DiagnosticMessage message, int start, int end, string jsonPath)
        {
            Message = message;
            Start = start;
            End = end;
            JsonPath = jsonPath;
        }

        public DiagnosticMessage Message { get; }
        public int Start { get; }
        public int End { get; }
        public string JsonPath { get; }
    }
}
