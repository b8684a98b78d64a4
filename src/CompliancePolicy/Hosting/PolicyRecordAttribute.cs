using System;

namespace CompliancePolicy.Hosting
{
    /// <summary>
    /// Declares that a C# type holds the records a policy evaluates (or one of the policy's record types), so the
    /// CompliancePolicy analyzers can check its properties against the schema: one property per field, named in
    /// PascalCase (<c>sms_established</c> is <c>SmsEstablished</c>), of a matching type, nullable exactly when the field is optional.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class PolicyRecordAttribute : Attribute
    {
        /// <param name="policyTitle">The title in the policy's <c>policy "..."</c> header.</param>
        /// <param name="schemaName">A record type of that policy; the policy's schema when null.</param>
        public PolicyRecordAttribute(string policyTitle, string? schemaName = null)
        {
            PolicyTitle = policyTitle;
            SchemaName = schemaName;
        }

        public string PolicyTitle { get; }
        public string? SchemaName { get; }
    }
}
