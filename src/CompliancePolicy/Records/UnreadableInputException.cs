using System;

namespace CompliancePolicy.Records
{
    /// <summary>The input stream failed or a record cannot be buffered; the reader reports it as CP2007 and stops.</summary>
    internal sealed class UnreadableInputException : Exception
    {
        public UnreadableInputException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
